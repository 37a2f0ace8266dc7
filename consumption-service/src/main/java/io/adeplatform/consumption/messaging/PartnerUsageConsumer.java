package io.adeplatform.consumption.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.consumption.service.UsageIngestion;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.platform.events.TransientRetry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The partner feed: one usage record as a JSON object per Kafka record on consumption.usage.ingest (field names as
 * the CSV columns: date, subscriptionId, serviceName, meter, resourceGroup, quantity, unit, cost, currency, and
 * optionally customerId). Not CloudEvents, so no inbox: the use case stores it through the same idempotent path as CSV
 * uploads, where the natural key makes a redelivered record add nothing (a dead-letter replay too). Transient failures
 * are retried without limit, the offset uncommitted meanwhile ({@link TransientRetry}); a record that can never be stored (bad structure, a value out of range, a subscription
 * held by another customer than the one it names) is poison: it goes to the dead-letter topic at once and the
 * partition goes on.
 */
@ApplicationScoped
public class PartnerUsageConsumer {

    @Inject
    UsageIngestion ingestion;

    @Inject
    ObjectMapper mapper;

    @Incoming("usage-ingest")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        Map<UsageColumn, String> fields = fields(record.value());
        TransientRetry.run("partner usage record at offset " + record.offset(),
                () -> ingestion.ingestRecord(fields::get));
    }

    /**
     * The record's raw values by column, numbers as the text they were sent as (never built as a number here: the
     * use case checks them as text first); unknown fields are skipped, whatever they hold.
     */
    private Map<UsageColumn, String> fields(String value) {
        if (value == null) {
            throw new PoisonEventException("usage record is empty");
        }
        Map<UsageColumn, String> fields = new EnumMap<>(UsageColumn.class);
        try (JsonParser json = mapper.getFactory().createParser(value)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new PoisonEventException("usage record is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                UsageColumn column = UsageColumn.byHeader(json.currentName());
                JsonToken token = json.nextToken();
                if (column == null) {
                    json.skipChildren();
                } else if (fields.containsKey(column)) {
                    throw new PoisonEventException("usage record names " + column.label() + " twice");
                } else if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
                    fields.put(column, json.getText());
                } else if (token != JsonToken.VALUE_NULL) {
                    throw new PoisonEventException(column.label() + " must be a string or a number");
                }
            }
            if (json.nextToken() != null) {
                throw new PoisonEventException("usage record has content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("usage record is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PoisonEventException("usage record is not JSON: " + e.getMessage());
        }
        return fields;
    }
}
