package io.adeplatform.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Decimals;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A CloudEvent read from a Kafka record in binary mode: attributes from ce_* headers, data from the value. */
public record IncomingEvent(UUID id, String type, String source, String subject, JsonNode data) {

    /** Reads the record, or throws {@link PoisonEventException} when it is not a usable CloudEvent. */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new PoisonEventException("record without ce_id or ce_type header");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_id is not a UUID: " + id);
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : mapper.readTree(record.value());
        } catch (Exception e) {
            throw new PoisonEventException("record value is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("record value is not a JSON object");
        }
        return new IncomingEvent(eventId, type,
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SOURCE),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SUBJECT), data);
    }

    // Typed accessors: one rule for every consumer. A required field that is absent, null or malformed makes the
    // event poison; an optional field that is absent or null is null, and poison when present but malformed.

    public String requiredText(String field) {
        String text = optionalText(field);
        if (text == null || text.isBlank()) {
            throw poison("without required field '" + field + "'");
        }
        return text;
    }

    public String optionalText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw poison("field '" + field + "' is not text");
        }
        return value.asText();
    }

    public UUID requiredUuid(String field) {
        return required(field, optionalUuid(field));
    }

    public UUID optionalUuid(String field) {
        return parse(field, "a UUID", UUID::fromString);
    }

    public OffsetDateTime requiredTime(String field) {
        return required(field, optionalTime(field));
    }

    public OffsetDateTime optionalTime(String field) {
        return parse(field, "an ISO-8601 date-time", OffsetDateTime::parse);
    }

    public LocalDate requiredDate(String field) {
        return required(field, optionalDate(field));
    }

    public LocalDate optionalDate(String field) {
        return parse(field, "an ISO-8601 date", LocalDate::parse);
    }

    public BigDecimal optionalDecimal(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() && !value.isTextual()) {
            throw poison("field '" + field + "' is not a decimal number");
        }
        return Decimals.parse(value.asText()).orElseThrow(() -> poison("field '" + field + "' is not a decimal number"));
    }

    public Money requiredMoney(String field) {
        return required(field, optionalMoney(field));
    }

    /** A {@code {"amount": 12.50, "currency": "USD"}} member. */
    public Money optionalMoney(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        JsonNode amount = value.get("amount");
        JsonNode currency = value.get("currency");
        if (amount == null || !amount.isNumber() && !amount.isTextual() || currency == null || !currency.isTextual()
                || !Money.isIsoCurrency(currency.asText())) {
            throw poison("field '" + field + "' is not money");
        }
        return new Money(Decimals.parse(amount.asText())
                .orElseThrow(() -> poison("field '" + field + "' has no decimal amount")), currency.asText());
    }

    /** A wire-named enum constant ("in-delivery"). */
    public <E extends Enum<E>> E requiredEnum(Class<E> type, String field) {
        return required(field, optionalEnum(type, field));
    }

    public <E extends Enum<E>> E optionalEnum(Class<E> type, String field) {
        String text = optionalText(field);
        try {
            return WireEnums.parse(type, text, field);
        } catch (InvalidInput e) {
            throw poison("field '" + field + "' " + e.fieldErrors().get(0).message());
        }
    }

    /** A JSON {@code true} or {@code false}; anything else (also the text "true") is poison. */
    public Boolean optionalBoolean(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw poison("field '" + field + "' is not a boolean");
        }
        return value.booleanValue();
    }

    /** The texts of an array member; empty when absent. */
    public List<String> texts(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw poison("field '" + field + "' is not an array");
        }
        List<String> texts = new ArrayList<>();
        value.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** An array member of UUIDs that must be present (it may be empty). */
    public List<UUID> requiredUuids(String field) {
        JsonNode value = value(field);
        if (value == null || !value.isArray()) {
            throw poison("without required array '" + field + "'");
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode item : value) {
            try {
                ids.add(UUID.fromString(item.asText()));
            } catch (IllegalArgumentException e) {
                throw poison("field '" + field + "' holds " + item + ", not a UUID");
            }
        }
        return ids;
    }

    private JsonNode value(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T parse(String field, String what, Function<String, T> parser) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw poison("field '" + field + "' is not " + what);
        }
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            throw poison("without required field '" + field + "'");
        }
        return value;
    }

    private PoisonEventException poison(String problem) {
        return new PoisonEventException(type + ": " + problem);
    }
}
