package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: recording a steering committee meeting publishes steering-meeting-held (relationship-service tracks each
 * engagement's steering cadence from it), valid against its schema, without the minutes or anybody's name; a refused
 * meeting publishes nothing.
 */
@QuarkusTest
class SteeringMeetingEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELD = "io.adeplatform.portfolio.engagement.steering-meeting-held.v1";

    @Test
    void aRecordedMeetingIsAnnouncedOnceWithItsDateAndNoMinutes() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String base = "/api/engagements/" + id + "/steering-meetings";
        given().header("Authorization", DM).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-10-05", "attendees", List.of()))
                .post(base).then().statusCode(400);
        String meetingId = given().header("Authorization", DM).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-10-05", "attendees", List.of("Jane Doe (CIO)", "dave.dm"),
                        "agenda", List.of("Pilot go/no-go")))
                .post(base).then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> held = TestKafka.await(Fixtures.TOPIC,
                r -> id.equals(r.key()) && HELD.equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(20));
        assertThat(held).hasSize(1);
        ConsumerRecord<String, String> record = held.get(0);
        assertThat(EventContracts.violations(HELD, record.value())).isEmpty();
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.get("engagementId").asText()).isEqualTo(id);
        assertThat(payload.get("customerId").asText()).isEqualTo(customer);
        assertThat(payload.get("meetingId").asText()).isEqualTo(meetingId);
        assertThat(payload.get("meetingDate").asText()).isEqualTo("2026-10-05");
        assertThat(record.value()).doesNotContain("Jane Doe").doesNotContain("dave.dm").doesNotContain("Pilot");
        // the 400 above published nothing: still exactly one
        assertThat(TestKafka.await(Fixtures.TOPIC, r -> id.equals(r.key()) && HELD.equals(TestKafka.header(r, "ce_type")),
                2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void theExampleConformsToTheSchema() throws Exception {
        String example = Files.readString(EventContracts.contractsDirectory()
                .resolve("events/portfolio/engagement-steering-meeting-held.v1.example.json"));
        assertThat(EventContracts.violations(HELD, example)).isEmpty();
    }
}
