package io.adeplatform.relationship;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers shared by the HTTP tests. */
final class Api {

    static final String TOPIC = "relationship.customer.events";

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    static String customer(String token, String name) {
        return as(token).body(Map.of("name", name, "segment", "state-government"))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> stakeholder(String name, String roleType, int influence, String stance, String reportsTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("title", roleType.toUpperCase() + " of things");
        body.put("roleType", roleType);
        body.put("influence", influence);
        body.put("stance", stance);
        body.put("reportsToId", reportsTo);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@example.gov");
        return body;
    }

    static String addStakeholder(String token, String customerId, Map<String, Object> body) {
        return as(token).body(body).post("/api/customers/" + customerId + "/stakeholders")
                .then().statusCode(201).extract().path("id");
    }

    static String addInteraction(String token, String customerId, LocalDate date, List<String> stakeholderIds) {
        return as(token).body(Map.of("type", "executive-briefing", "date", date.toString(), "stakeholderIds", stakeholderIds,
                        "summary", "Briefing on the modernisation roadmap", "outcome", "positive", "nextStep", "send proposal"))
                .post("/api/customers/" + customerId + "/interactions").then().statusCode(201).extract().path("id");
    }

    /** The last of {@code count} records of this type for this customer, each checked against its JSON Schema. */
    static ConsumerRecord<String, String> awaitEvent(String customerId, String type, int count) {
        return awaitEvents(customerId, type, count).get(count - 1);
    }

    static List<ConsumerRecord<String, String>> awaitEvents(String customerId, String type, int count) {
        return awaitRecords(TOPIC, customerId, type, count);
    }

    /** {@code count} records of this type and key on the topic, in topic order, each checked against its schema. */
    static List<ConsumerRecord<String, String>> awaitRecords(String topic, String customerId, String type, int count) {
        List<ConsumerRecord<String, String>> records = TestKafka.await(topic,
                r -> customerId.equals(r.key()) && type.equals(TestKafka.header(r, "ce_type")), count, Duration.ofSeconds(20));
        assertThat(records).hasSize(count);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventContracts.violations(type, record.value())).isEmpty();
        }
        return records;
    }
}
