package io.adeplatform.relationship;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Optimistic concurrency (ETag / If-Match) and paginated, scoped lists, on real customers. */
@QuarkusTest
class CustomerUpdateAndListTest {

    private static final String TOPIC = "relationship.customer.events";

    @Test
    void updateNeedsTheCurrentETagAndPublishesCustomerUpdated() {
        String exec = TestTokens.bearer("uma.exec", "executive");
        String id = create(exec, "City of Springfield", "local-government");
        Map<String, String> change = Map.of("name", "City of Springfield IT", "segment", "local-government");

        given().header("Authorization", exec).contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", exec).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", exec).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("name", "", "segment", "x"))
                .put("/api/customers/" + id).then().statusCode(400).body("errors.field", hasItem("name"));
        given().header("Authorization", TestTokens.bearer("victor", "viewer")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("stranger", "executive")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id).then().statusCode(404);

        String etag = given().header("Authorization", exec).get("/api/customers/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", exec).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("City of Springfield IT"));
        // the old ETag is stale now
        given().header("Authorization", exec).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                .put("/api/customers/" + id).then().statusCode(412);

        List<ConsumerRecord<String, String>> updates = TestKafka.await(TOPIC,
                r -> id.equals(r.key()) && "io.adeplatform.relationship.customer.updated.v1".equals(TestKafka.header(r, "ce_type")),
                1, Duration.ofSeconds(20));
        assertThat(updates).hasSize(1);
        assertThat(EventContracts.violations("io.adeplatform.relationship.customer.updated.v1", updates.get(0).value())).isEmpty();
    }

    @Test
    void listsOnlyTheCallersCustomersPageByPage() {
        String owner = "lena." + UUID.randomUUID();
        String token = TestTokens.bearer(owner, "executive");
        for (int i = 0; i < 5; i++) {
            create(token, "Lister County " + i, i % 2 == 0 ? "local-government" : "education");
        }
        create(TestTokens.bearer("someone.else", "executive"), "Not Lena's", "education");

        given().header("Authorization", token).queryParam("limit", 2).get("/api/customers")
                .then().statusCode(200).body("items", hasSize(2)).body("hasMore", equalTo(true))
                .body("items[0].name", equalTo("Lister County 0"));
        given().header("Authorization", token).queryParam("limit", 2).queryParam("page", 2).get("/api/customers")
                .then().statusCode(200).body("items", hasSize(1)).body("hasMore", equalTo(false));
        given().header("Authorization", token).queryParam("segment", "education").get("/api/customers")
                .then().statusCode(200).body("items", hasSize(2)).body("items.segment", everyItem(equalTo("education")));
        given().header("Authorization", token).queryParam("q", "county 3").get("/api/customers")
                .then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", token).get("/api/customers")
                .then().statusCode(200).body("items.name", not(hasItem("Not Lena's")));
        given().header("Authorization", token).queryParam("limit", 500).get("/api/customers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().header("Authorization", token).queryParam("status", "gone").get("/api/customers")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    private static String create(String token, String name, String segment) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "segment", segment))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }
}
