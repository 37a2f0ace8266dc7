package io.adeplatform.escalation;

import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.testing.TestEngagements;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Small REST and Kafka helpers shared by the escalation tests. */
final class Escalations {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A payload field as text ("null" for JSON null): payloads are stored as jsonb, so compare fields, not spacing. */
    static String field(ConsumerRecord<String, String> record, String name) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = MAPPER.readTree(record.value()).get(name);
            return node == null ? null : node.asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where this service shows the customers it knows, for platform/testing's TestCustomers. */
    static final String CUSTOMERS = "/api/escalations/customer-projections";
    static final String TOPIC = "escalation.escalation.events";
    static final String TYPE_PREFIX = "io.adeplatform.escalation.escalation.";

    private Escalations() {
    }

    static Map<String, Object> body(UUID customerId, String severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("title", "Cut-over slipped " + UUID.randomUUID());
        body.put("description", "The data migration cut-over slipped twice; the customer's CIO called the ADE.");
        body.put("severity", severity);
        body.put("category", "delivery");
        body.put("source", "customer");
        return body;
    }

    static String create(String token, UUID customerId, String severity) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body(customerId, severity))
                .post("/api/escalations").then().statusCode(201).extract().path("id");
    }

    /** The escalation's current ETag, the If-Match every change of it needs. */
    static String etag(String token, String id) {
        return given().header("Authorization", token).get("/api/escalations/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** POSTs {@code body} to the escalation's {@code subPath} (e.g. "level/transitions") with its current ETag. */
    static ValidatableResponse change(String token, String id, String subPath, Object body) {
        return given().header("Authorization", token).header("If-Match", etag(token, id)).contentType(ContentType.JSON)
                .body(body).post("/api/escalations/" + id + "/" + subPath).then();
    }

    static void transition(String token, String id, String to) {
        change(token, id, "transitions", Map.of("to", to, "note", "moving to " + to)).statusCode(200);
    }

    static void resolve(String token, String id) {
        change(token, id, "transitions", Map.of("to", "resolved", "note", "fixed", "rootCause", rootCause()))
                .statusCode(200);
    }

    static Map<String, Object> rootCause() {
        return Map.of("category", "capacity", "description", "Two migration engineers were pulled to another engagement",
                "correctiveActions", "Engineers returned; cut-over rehearsed", "preventiveActions", "Staffing locked until go-live");
    }

    /**
     * Events of one escalation with the given event name, read back from the real topic from its beginning (assigned
     * partitions, no consumer group, so no rebalance wait): until {@code expected} arrived, then {@code settle} longer
     * to catch any surplus, or until the timeout.
     */
    static List<ConsumerRecord<String, String>> events(String id, String name, int expected, Duration settle) {
        java.util.Properties config = new java.util.Properties();
        config.put("bootstrap.servers", TestKafka.bootstrapServers());
        config.put("enable.auto.commit", "false");
        config.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        config.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        String type = TYPE_PREFIX + name + ".v1";
        List<ConsumerRecord<String, String>> matching = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer =
                     new org.apache.kafka.clients.consumer.KafkaConsumer<>(config)) {
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
            List<org.apache.kafka.common.TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && java.time.Instant.now().isBefore(deadline)) {
                partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(5)).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            java.time.Instant settledAt = null;
            while (java.time.Instant.now().isBefore(deadline) && (settledAt == null || java.time.Instant.now().isBefore(settledAt))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (id.equals(record.key()) && type.equals(TestKafka.header(record, "ce_type"))) {
                        matching.add(record);
                    }
                }
                if (settledAt == null && matching.size() >= expected) {
                    settledAt = java.time.Instant.now().plus(settle);
                }
            }
        }
        return matching;
    }

    /** Asserts that exactly {@code count} events of this name were published for the escalation, each valid. */
    static List<ConsumerRecord<String, String>> assertPublished(String id, String name, int count) {
        // read until the expected ones arrived and a second longer, so a surplus (a duplicate) would show too
        List<ConsumerRecord<String, String>> records = events(id, name, count, Duration.ofSeconds(1));
        assertThat(records).hasSize(count);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventContracts.violations(TYPE_PREFIX + name + ".v1", record.value())).isEmpty();
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/escalation-service");
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        }
        return records;
    }

    /** A new engagement of this customer, once this service's reference projection knows whose it is. */
    public static UUID engagement(UUID customer) {
        return TestEngagements.created(customer, id -> QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(CustomerReferences.class).get().ownerOf(CustomerReferences.ENGAGEMENT, id)) != null);
    }
}
