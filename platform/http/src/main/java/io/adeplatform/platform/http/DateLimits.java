package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.adeplatform.platform.core.Dates;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Dates and times in JSON are ISO-8601 text within {@link Dates} (1900-01-01 to 2999-12-31): year 0000 or
 * {@code +999999999-12-31} is a 400 naming the field, not a database error. Numbers (epoch values, arrays) are refused.
 */
final class DateLimits extends BeanDeserializerModifier {

    static final String DATE = "a date between " + Dates.EARLIEST + " and " + Dates.LATEST + ", such as 2026-03-31";
    static final String DATE_TIME = "a date and time with offset between " + Dates.EARLIEST + " and " + Dates.LATEST
            + ", such as 2026-03-31T09:30:00Z";

    private record Rule(String expected, Predicate<Object> inRange) {
    }

    private static final Map<Class<?>, Rule> RULES = Map.of(
            LocalDate.class, new Rule(DATE, value -> Dates.inRange((LocalDate) value)),
            LocalDateTime.class, new Rule(DATE_TIME, value -> Dates.inRange(((LocalDateTime) value).toLocalDate())),
            OffsetDateTime.class, new Rule(DATE_TIME, value -> Dates.inRange((OffsetDateTime) value)),
            ZonedDateTime.class, new Rule(DATE_TIME, value -> Dates.inRange(((ZonedDateTime) value).toOffsetDateTime())),
            Instant.class, new Rule(DATE_TIME, value -> Dates.inRange((Instant) value)));

    /** What a value of this date type must be, or null when it is no date type. */
    static String expected(Class<?> type) {
        Rule rule = RULES.get(type);
        return rule == null ? null : rule.expected();
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        Rule rule = RULES.get(description.getBeanClass());
        return rule == null ? deserializer : new Bounded(deserializer, description.getBeanClass(), rule);
    }

    private static final class Bounded extends DelegatingDeserializer {

        private final Class<?> type;
        private final Rule rule;

        Bounded(JsonDeserializer<?> delegate, Class<?> type, Rule rule) {
            super(delegate);
            this.type = type;
            this.rule = rule;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, type, rule);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValue(parser, type, rule.expected());
            }
            Object value = super.deserialize(parser, context);
            if (value != null && !rule.inRange().test(value)) {
                throw new InvalidJsonValue(parser, type, rule.expected());
            }
            return value;
        }
    }
}
