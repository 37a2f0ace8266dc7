package io.adeplatform.consumption;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.ADMIN;
import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.STRANGER;
import static io.adeplatform.consumption.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SubscriptionApiTest {

    @Inject
    EntityManager em;

    private long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM subscription").getSingleResult()).longValue());
    }

    @Test
    void createReadListUpdate() {
        UUID customer = Fixtures.customer("Subscription Agency");
        String id = "sub-" + UUID.randomUUID();
        UUID engagement = Fixtures.engagement(customer);
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Prod", "customerId", customer.toString(), "engagementId", engagement.toString()))
                .post("/api/consumption/subscriptions")
                .then().statusCode(201).header("Location", containsString("/api/consumption/subscriptions/" + id))
                .header("ETag", equalTo("\"0\"")).body("customerId", equalTo(customer.toString()))
                .body("engagementId", equalTo(engagement.toString()));
        given().header("Authorization", VIEWER).get("/api/consumption/subscriptions/" + id)
                .then().statusCode(200).body("name", equalTo("Prod"));
        given().header("Authorization", EXEC).queryParam("customerId", customer.toString()).get("/api/consumption/subscriptions")
                .then().statusCode(200).body("items.id", hasItem(id));

        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .put("/api/consumption/subscriptions/" + id).then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .put("/api/consumption/subscriptions/" + id).then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .put("/api/consumption/subscriptions/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed")).body("engagementId", equalTo(null));
    }

    @Test
    void stateRulesAndValidation() {
        UUID customer = Fixtures.customer("Validation Agency");
        String id = Fixtures.subscription(customer);
        long before = count();
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Again", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("id", "sub x", "name", " ", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("id"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Orphan", "customerId", UUID.randomUUID().toString()))
                .post("/api/consumption/subscriptions").then().statusCode(422).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void idempotencyKeyReplays() {
        UUID customer = Fixtures.customer("Idempotent Agency");
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("id", "sub-" + key, "name", "Once", "customerId", customer.toString());
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/consumption/subscriptions").then().statusCode(201);
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/consumption/subscriptions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo("sub-" + key));
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("id", "sub-" + key, "name", "Other", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(422);
    }

    @Test
    void authorization() {
        UUID customer = Fixtures.customer("Private Agency");
        UUID engagement = Fixtures.engagement(customer);
        String id = "sub-" + UUID.randomUUID();
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("id", id, "name", "Linked",
                "customerId", customer.toString(), "engagementId", engagement.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(201);
        given().header("Authorization", STRANGER).get("/api/consumption/subscriptions/" + id).then().statusCode(404);
        // issue 17: a list filtered by a customer the caller cannot see, or that does not exist, is an empty page
        for (String filter : List.of("customerId", "engagementId")) {
            given().header("Authorization", STRANGER).queryParam(filter, (filter.equals("customerId") ? customer
                            : engagement).toString())
                    .get("/api/consumption/subscriptions").then().statusCode(200)
                    .body("items", hasSize(0)).body("page", equalTo(0)).body("limit", equalTo(50))
                    .body("hasMore", equalTo(false));
            given().header("Authorization", ADMIN).queryParam(filter, UUID.randomUUID().toString())
                    .get("/api/consumption/subscriptions").then().statusCode(200).body("items", hasSize(0));
        }
        given().header("Authorization", EXEC).queryParam("engagementId", engagement.toString())
                .get("/api/consumption/subscriptions").then().statusCode(200).body("items.id", contains(id));
        given().header("Authorization", STRANGER).get("/api/consumption/subscriptions")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().header("Authorization", STRANGER).contentType(ContentType.JSON)
                .body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Sneaky", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(404);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Viewer", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(403);
        given().header("Authorization", VIEWER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("name", "Viewer")).put("/api/consumption/subscriptions/" + id).then().statusCode(403);
        given().get("/api/consumption/subscriptions/" + id).then().statusCode(401);
    }
}
