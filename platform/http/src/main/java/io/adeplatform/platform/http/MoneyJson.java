package io.adeplatform.platform.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.adeplatform.platform.core.Decimals;
import io.adeplatform.platform.core.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money on the API's wire: {@code {"amount": "300000.00", "currency": "USD"}}, the amount a decimal string so no client
 * reads it as floating point. Written in the currency's scale (two digits for USD, none for JPY), with more digits
 * only where the amount has them (a unit rate of 0.0125 USD stays exact). Read from a decimal string only: a JSON
 * number is a 400, like every other coercion. Event payloads and stored JSON keep numbers (platform/events).
 */
@Singleton
public class MoneyJson implements ObjectMapperCustomizer {

    static final String EXPECTED = "a decimal string of at most " + Decimals.MAX_DIGITS + " digits, such as \"1250.00\"";

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after the other customizers: its deserializer of amounts wins over the plain decimal one
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ade-money-wire");
        module.addSerializer(Money.class, new Writer());
        module.setMixInAnnotation(Money.class, Reading.class);
        return module;
    }

    /** The amount as the API writes it: plain digits, at least the currency's minor-unit scale. */
    public static String wireAmount(Money money) {
        BigDecimal amount = money.amount();
        int currencyScale = currencyScale(money.currency());
        int scale = Math.max(currencyScale, amount.stripTrailingZeros().scale());
        return amount.setScale(scale).toPlainString();
    }

    private static int currencyScale(String code) {
        try {
            return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }

    private static final class Writer extends StdSerializer<Money> {

        Writer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartObject();
            generator.writeStringField("amount", wireAmount(money));
            generator.writeStringField("currency", money.currency());
            generator.writeEndObject();
        }
    }

    /** Money's canonical constructor, its amount read by {@link DecimalString}. */
    abstract static class Reading {
        @JsonCreator
        Reading(@JsonProperty("amount") @JsonDeserialize(using = DecimalString.class) BigDecimal amount,
                @JsonProperty("currency") String currency) {
        }
    }

    /** A decimal written as JSON text only, checked by {@link Decimals} before the {@link BigDecimal} exists. */
    static final class DecimalString extends StdScalarDeserializer<BigDecimal> {

        DecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValue(parser, BigDecimal.class, EXPECTED);
            }
            String text = parser.getText();
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new InvalidJsonValue(parser, BigDecimal.class, EXPECTED);
            }
            return Decimals.parse(text).orElseThrow(() -> new InvalidJsonValue(parser, BigDecimal.class, EXPECTED));
        }
    }
}
