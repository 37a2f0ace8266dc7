package io.adeplatform.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON of event payloads and of JSON a service stores: the application's mapper (wire enums, strict reading) with
 * money as the event contracts define it, {@code {"amount": 300000.00, "currency": "USD"}}, the amount a JSON number.
 * The REST API writes amounts as strings (platform/http {@code MoneyJson}); events keep their published v1 shape, and
 * what was stored before stays readable.
 */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    @Inject
    public EventJson(ObjectMapper application) {
        this.mapper = of(application);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A copy of {@code application} reading and writing money as events do (the module registered last wins). */
    public static ObjectMapper of(ObjectMapper application) {
        SimpleModule money = new SimpleModule("ade-event-money");
        money.addSerializer(Money.class, new Writer());
        money.addDeserializer(Money.class, new Reader());
        return application.copy().registerModule(money);
    }

    private static final class Writer extends StdSerializer<Money> {

        Writer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartObject();
            generator.writeFieldName("amount");
            generator.writeNumber(value.amount());
            generator.writeStringField("currency", value.currency());
            generator.writeEndObject();
        }
    }

    /** A number (the contract) or a decimal string: a producer's payload is checked by its schema, not here. */
    private static final class Reader extends StdDeserializer<Money> {

        Reader() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // through the context: parser.readValueAsTree() would apply FAIL_ON_TRAILING_TOKENS to the nested object
            JsonNode node = context.readTree(parser);
            JsonNode amount = node.path("amount");
            JsonNode currency = node.path("currency");
            return new Money(amount.isNumber() ? amount.decimalValue() : amount.isTextual() ? new BigDecimal(amount.asText()) : null,
                    currency.isTextual() ? currency.asText() : null);
        }
    }
}
