package io.adeplatform.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.UUID;

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

    /** A required text field of the data, or a poison-event failure naming it. */
    public String requiredText(String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(type + " without required field '" + field + "'");
        }
        return value.asText();
    }

    public UUID requiredUuid(String field) {
        try {
            return UUID.fromString(requiredText(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(type + ": field '" + field + "' is not a UUID");
        }
    }

    public String optionalText(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
