package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CustomerRegistrationTest {

    private static final String TOPIC = "relationship.customer.events";
    private static final String EXEC = TestTokens.bearer("erin.exec", "executive");

    @Inject
    EntityManager em;

    @Test
    void registersCustomerWithCreatorAsExecutiveAndPublishesCloudEvent() throws Exception {
        String name = "State Agency " + UUID.randomUUID();
        Response created = given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("name", name, "segment", "state-government"))
                .post("/api/customers")
                .then().statusCode(201)
                .header("Location", containsString("/api/customers/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("status", equalTo("active"))
                .body("accountTeam[0].username", equalTo("erin.exec"))
                .body("accountTeam[0].role", equalTo("executive"))
                .extract().response();
        String id = created.path("id");

        given().header("Authorization", EXEC).get("/api/customers/" + id)
                .then().statusCode(200).body("name", equalTo(name));

        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        String type = TestKafka.header(record, "ce_type");
        assertThat(type).isEqualTo("io.adeplatform.relationship.customer.registered.v1");
        assertThat(UUID.fromString(TestKafka.header(record, "ce_id"))).isNotNull();
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/relationship-service");
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(OffsetDateTime.parse(TestKafka.header(record, "ce_time"))).isNotNull();
        JsonNode payload = new ObjectMapper().readTree(record.value());
        assertThat(payload.get("customerId").asText()).isEqualTo(id);
        assertThat(payload.get("registeredBy").asText()).isEqualTo("erin.exec");
        assertThat(EventContracts.violations(type, record.value())).isEmpty();
    }

    @Test
    void contractExamplesConformToTheirSchemas() throws Exception {
        for (String event : List.of("registered", "updated")) {
            String example = java.nio.file.Files.readString(EventContracts.contractsDirectory()
                    .resolve("events/relationship/customer-" + event + ".v1.example.json"));
            assertThat(EventContracts.violations("io.adeplatform.relationship.customer." + event + ".v1", example)).isEmpty();
        }
        assertThat(EventContracts.violations("io.adeplatform.relationship.customer.registered.v1",
                "{\"customerId\":\"x\"}")).isNotEmpty();
    }

    @Test
    void nonMemberGets404AndAdminSeesEverything() {
        String id = create("Hidden City " + UUID.randomUUID());
        given().header("Authorization", TestTokens.bearer("mallory", "executive")).get("/api/customers/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/customers/" + id));
        given().header("Authorization", TestTokens.bearer("root", "admin")).get("/api/customers/" + id)
                .then().statusCode(200);
    }

    @Test
    void invalidRequestsAreProblemsAndStoreNothing() {
        long before = customerCount();
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "segment", "city"))
                .post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body("{\"name\": \"Broken")
                .post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json").body("title", notNullValue());
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body("{\"name\": \"Typed\", \"segment\": {\"nested\": true}}")
                .post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("segment"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body("{\"name\": \"Sneaky\", \"segment\": \"city\", \"status\": \"archived\"}")
                .post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", EXEC).get("/api/customers/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void rolesAndTokensAreEnforced() {
        Map<String, String> body = Map.of("name", "Role Check", "segment", "city");
        given().header("Authorization", TestTokens.bearer("victor", "viewer")).contentType(ContentType.JSON).body(body)
                .post("/api/customers").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/customers").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        for (String token : List.of("garbage", TestTokens.expiredToken("erin.exec", "executive"),
                TestTokens.foreignIssuerToken("erin.exec", "executive"), TestTokens.wrongAudienceToken("erin.exec", "executive"))) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                    .post("/api/customers").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void idempotencyKeyReplaysFirstResponseAndRejectsOtherBody() {
        String key = UUID.randomUUID().toString();
        String name = "University " + key;
        Map<String, String> body = Map.of("name", name, "segment", "education");
        String first = given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/customers").then().statusCode(201).extract().path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/customers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first))
                .header("Location", containsString(first));
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("name", name + " changed", "segment", "education")).post("/api/customers")
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(c) from Customer c where c.name = :name", Long.class).setParameter("name", name).getSingleResult()))
                .isEqualTo(1L);
    }

    private String create(String name) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("name", name, "segment", "city"))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    private long customerCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
    }
}
