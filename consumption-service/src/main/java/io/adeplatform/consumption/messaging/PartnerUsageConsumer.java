package io.adeplatform.consumption.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.consumption.service.IngestionSummary;
import io.adeplatform.consumption.service.UsageIngestion;
import io.adeplatform.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.Map;

/**
 * The partner feed: one usage record as a JSON object per Kafka record on consumption.usage.ingest (field names as
 * the CSV columns: date, subscriptionId, serviceName, meter, resourceGroup, quantity, unit, cost, currency). Not
 * CloudEvents, so no inbox: the use case stores it through the same idempotent path as CSV uploads, where the natural
 * key makes a redelivered record add nothing. Records that can never be stored go to the dead-letter topic.
 */
@ApplicationScoped
public class PartnerUsageConsumer {

    private static final Logger LOG = Logger.getLogger(PartnerUsageConsumer.class);

    @Inject
    UsageIngestion ingestion;

    @Inject
    ObjectMapper mapper;

    @Incoming("usage-ingest")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        IngestionSummary result = ingestion.ingestRecord(fields(record.value())::get);
        LOG.debugf("partner usage record: %d accepted, %d duplicate", result.accepted(), result.duplicates());
    }

    /** The record's raw values by column (numbers as plain text, like a CSV cell); unknown fields are ignored. */
    private Map<UsageColumn, String> fields(String value) {
        JsonNode json;
        try {
            json = value == null ? null : mapper.readTree(value);
        } catch (Exception e) {
            throw new PoisonEventException("usage record is not JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new PoisonEventException("usage record is not a JSON object");
        }
        Map<UsageColumn, String> fields = new EnumMap<>(UsageColumn.class);
        json.fields().forEachRemaining(field -> {
            UsageColumn column = UsageColumn.byHeader(field.getKey());
            if (column != null && !field.getValue().isNull()) {
                fields.put(column, field.getValue().isNumber() ? field.getValue().decimalValue().toPlainString()
                        : field.getValue().asText());
            }
        });
        return fields;
    }
}
