package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON array (and object read as a map) has a maximum size, checked by Jackson as the body is read, before
 * Bean Validation looks at any element: the property's {@code @Size(max)} when it has one, otherwise
 * {@link #DEFAULT_MAX_ITEMS}. So 100,000 empty objects in a list limited to 120 are one 400 naming the list, not
 * 100,000 validation messages.
 */
final class CollectionLimits extends BeanDeserializerModifier {

    /** The cap of a list without {@code @Size}: more than any page (200) or any list a client sends. */
    static final int DEFAULT_MAX_ITEMS = 1_000;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, type.getRawClass(), DEFAULT_MAX_ITEMS);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                       BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, type.getRawClass(), DEFAULT_MAX_ITEMS);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                     BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, type.getRawClass(), DEFAULT_MAX_ITEMS);
    }

    static String expected(int max) {
        return "at most " + max + (max == 1 ? " item" : " items");
    }

    private static final class Bounded extends DelegatingDeserializer {

        private final Class<?> type;
        private final int max;

        Bounded(JsonDeserializer<?> delegate, Class<?> type, int max) {
            super(delegate);
            this.type = type;
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, type, max);
        }

        /** The limit of this property: its {@code @Size(max)}, when given. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = context.handleSecondaryContextualization(_delegatee, property,
                    context.constructType(_delegatee.handledType()));
            Size size = property == null ? null : property.getAnnotation(Size.class);
            int limit = size != null && size.max() < Integer.MAX_VALUE ? size.max() : DEFAULT_MAX_ITEMS;
            return new Bounded(contextual, type, limit);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private Object checked(JsonParser parser, Object value) throws InvalidJsonValue {
            int count = value instanceof Collection<?> c ? c.size()
                    : value instanceof Map<?, ?> m ? m.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (count > max) {
                throw new InvalidJsonValue(parser, type, expected(max));
            }
            return value;
        }
    }
}
