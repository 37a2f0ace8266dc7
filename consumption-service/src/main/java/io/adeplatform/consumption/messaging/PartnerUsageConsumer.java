package io.adeplatform.consumption.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.consumption.domain.UsageFields.Column;
import io.adeplatform.consumption.service.UsageIngestion;
import io.adeplatform.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The partner feed: one usage record as a JSON object per Kafka record on consumption.usage.ingest (field names as
 * the CSV columns: date, subscriptionId, serviceName, meter, resourceGroup, quantity, unit, cost, currency). Stored
 * through the same idempotent path as CSV uploads: the natural key makes a redelivered record add nothing, so no
 * CloudEvents headers are required. Records that can never be stored go to the dead-letter topic.
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
        UsageIngestion.Result result = ingestion.ingestRecord(parse(record.value())::get);
        LOG.debugf("partner usage record: %d accepted, %d duplicate", result.accepted(), result.duplicates());
    }

    Map<Column, String> parse(String value) {
        JsonNode json;
        try {
            json = value == null ? null : mapper.readTree(value);
        } catch (Exception e) {
            throw new PoisonEventException("usage record is not JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new PoisonEventException("usage record is not a JSON object");
        }
        Map<Column, String> fields = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Column column = Column.byHeader(field.getKey());
            if (column != null && !field.getValue().isNull()) {
                fields.put(column, field.getValue().isNumber() ? field.getValue().decimalValue().toPlainString()
                        : field.getValue().asText());
            }
        }
        return fields;
    }
}
