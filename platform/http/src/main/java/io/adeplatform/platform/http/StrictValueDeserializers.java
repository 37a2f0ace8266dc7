package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.adeplatform.platform.core.Decimals;
import io.adeplatform.platform.core.Texts;

import java.io.IOException;
import java.math.BigDecimal;

/** The platform's readers of JSON text and decimal numbers: exact types, bounded values, checked before any work. */
final class StrictValueDeserializers {

    static final String TEXT = "text";
    static final String DECIMAL = "a decimal number of at most " + Decimals.MAX_DIGITS + " digits, such as 1250.50";

    private StrictValueDeserializers() {
    }

    /** Strings only (no number or boolean turned into text) and without control characters (tab, CR, LF allowed). */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValue(parser, String.class, TEXT);
            }
            return checked(parser, parser.getText());
        }

        static String checked(JsonParser parser, String text) throws InvalidJsonValue {
            int forbidden = Texts.forbiddenCharacter(text, true);
            if (forbidden >= 0) {
                throw new InvalidJsonValue(parser, String.class, "text without control characters (U+"
                        + String.format("%04X", (int) text.charAt(forbidden)) + " at position " + (forbidden + 1) + ")");
            }
            return text;
        }
    }

    /** Map keys are text too. */
    static final class TextKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return Text.checked(context.getParser(), key);
        }
    }

    /**
     * A JSON number, checked as text by {@link Decimals} before the {@link BigDecimal} exists: {@code 1E-999999999}
     * is refused at once instead of making later arithmetic run for minutes. A decimal written as JSON text
     * ({@code "1250.50"}, as clients do to keep amounts away from floating point) is accepted under the same check.
     */
    static final class Decimal extends StdScalarDeserializer<BigDecimal> {

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValue(parser, BigDecimal.class, DECIMAL);
            }
            return Decimals.parse(parser.getText()).orElseThrow(() -> new InvalidJsonValue(parser, BigDecimal.class, DECIMAL));
        }
    }

    static JsonDeserializer<String> text() {
        return new Text();
    }
}
