package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.adeplatform.platform.core.WireEnums;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * The one enum mapping of the platform's JSON (API bodies and event payloads alike): every enum is written and read
 * by its wire name, lower-case with hyphens. Domain enums need no Jackson annotations; a number or an unknown name is
 * refused (a 400 listing the allowed names).
 */
@Singleton
public class WireEnumJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ade-wire-enums");
        module.addSerializer((Class) Enum.class, new WireNameSerializer());
        module.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription description) {
                return new WireNameDeserializer(type);
            }
        });
        return module;
    }

    private static final class WireNameSerializer extends StdSerializer<Enum<?>> {

        @SuppressWarnings({"rawtypes", "unchecked"})
        WireNameSerializer() {
            super((Class) Enum.class);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(WireEnums.wireName(value));
        }
    }

    private static final class WireNameDeserializer extends JsonDeserializer<Enum<?>> {

        private final Class<?> type;

        WireNameDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                for (Object constant : type.getEnumConstants()) {
                    if (WireEnums.wireName((Enum<?>) constant).equals(text)) {
                        return (Enum<?>) constant;
                    }
                }
            }
            // InvalidFormatException with the enum as target type: ProblemMappers lists the allowed names
            throw context.weirdStringException(parser.getText(), type, "not one of the allowed values");
        }
    }
}
