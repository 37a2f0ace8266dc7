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
class TargetsAndBlockersTest {

    @Inject
    EntityManager em;

    private long rows(String table, UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM " + table + " WHERE customer_id = ?1").setParameter(1, customer).getSingleResult()).longValue());
    }

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    @Test
    void goals() {
        UUID customer = Fixtures.customer("Goal City");
        String path = "/api/consumption/customers/" + customer + "/goals";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("month", "2026-11", "target", usd("12000"));
        String id = given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).header("ETag", equalTo("\"0\"")).body("month", equalTo("2026-11"))
                .body("target.amount", equalTo("12000.00")).body("target.currency", equalTo("USD")).extract().path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-13", "target", usd("-5"))).post(path)
                .then().statusCode(400).body("errors.field", hasItem("month"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-12", "target", usd("-5"))).post(path)
                .then().statusCode(400).body("errors.field", hasItem("target.amount"));
        assertThat(rows("consumption_goal", customer)).isEqualTo(1);

        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("target", usd("15000")))
                .put(path + "/" + id).then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"3\"").contentType(ContentType.JSON).body(Map.of("target", usd("15000")))
                .put(path + "/" + id).then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("target", usd("15000")))
                .put(path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("target.amount", equalTo("15000.00"));
        given().header("Authorization", VIEWER).get(path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("month", equalTo("2026-11")).body("target.amount", equalTo("15000.00"));
        given().header("Authorization", VIEWER).get(path).then().statusCode(200).body("items.id", contains(id))
                .body("page", equalTo(0)).body("limit", equalTo(50)).body("hasMore", equalTo(false));
        // paged, newest month first
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-12", "target", usd("13000.5"))).post(path).then().statusCode(201)
                .body("target.amount", equalTo("13000.50"));
        given().header("Authorization", VIEWER).queryParam("limit", 1).get(path).then().statusCode(200)
                .body("items.month", contains("2026-12")).body("limit", equalTo(1)).body("hasMore", equalTo(true));
        given().header("Authorization", VIEWER).queryParam("limit", 1).queryParam("page", 1).get(path).then()
                .statusCode(200).body("items.id", contains(id)).body("page", equalTo(1)).body("hasMore", equalTo(false));
        given().header("Authorization", VIEWER).queryParam("limit", 201).get(path).then().statusCode(400);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(Map.of("month", "2027-01", "target", usd("1")))
                .post(path).then().statusCode(403);
        given().header("Authorization", STRANGER).get(path).then().statusCode(404);
        given().header("Authorization", STRANGER).get(path + "/" + id).then().statusCode(404);
    }

    @Test
    void commitments() {
        UUID customer = Fixtures.customer("Commitment City");
        String path = "/api/consumption/customers/" + customer + "/commitments";
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("amount", usd("1000"), "startDate", "2027-01-01", "endDate", "2026-01-01")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("endDate"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("amount", Map.of("amount", "10", "currency", "usd"), "startDate", "2026-01-01", "endDate", "2027-01-01")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("amount.currency"));
        assertThat(rows("consumption_commitment", customer)).isZero();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("amount", usd("250000"), "startDate", "2026-01-01", "endDate", "2028-12-31");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = given()
                .header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201)
                // issue 16: no usage loaded for this customer -> insufficient data, not at risk (no CommitmentAtRisk)
                .body("riskState", equalTo("insufficient-data")).body("atRisk", equalTo(false))
                .body("riskReasons", hasSize(0)).body("amount.amount", equalTo("250000.00")).extract();
        String id = created.path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(rows("consumption_commitment", customer)).isEqualTo(1);
        given().header("Authorization", VIEWER).get(path + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")));
        Map<String, Object> euro = Map.of("amount", Map.of("amount", "1", "currency", "EUR"), "startDate", "2026-01-01", "endDate", "2028-12-31");
        given().header("Authorization", EXEC).header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(euro)
                .put(path + "/" + id).then().statusCode(409);
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body).put(path + "/" + id).then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"9\"").contentType(ContentType.JSON).body(body)
                .put(path + "/" + id).then().statusCode(412);
        given().header("Authorization", VIEWER).get(path).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].amount.amount", equalTo("250000.00")).body("page", equalTo(0))
                .body("limit", equalTo(50)).body("hasMore", equalTo(false));
        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        given().header("Authorization", STRANGER).get(path + "/" + id).then().statusCode(404);
    }

    @Test
    void blockers() {
        UUID customer = Fixtures.customer("Blocker City");
        String path = "/api/consumption/customers/" + customer + "/blockers";
        UUID engagement = Fixtures.engagement(customer);
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("description", "x", "category", "political", "owner", "ada.exec")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("category"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("description", "x", "category", "technical", "owner", "ada.exec", "goalId", UUID.randomUUID().toString()))
                .post(path).then().statusCode(422);
        assertThat(rows("consumption_blocker", customer)).isZero();

        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("description", "Landing zone not approved by security", "category", "technical",
                "owner", "dana.dm", "engagementId", engagement.toString());
        String id = given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).body("status", equalTo("open")).body("category", equalTo("technical"))
                .extract().path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        // PUT changes what the blocker says; its status moves only through transitions (issue 17)
        Map<String, Object> describe = Map.of("description", "Landing zone approved", "category", "technical",
                "owner", "dana.dm");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(describe).put(path + "/" + id).then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"5\"").contentType(ContentType.JSON).body(describe)
                .put(path + "/" + id).then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("description", "d", "category", "technical", "owner", "dana.dm", "status", "resolved"))
                .put(path + "/" + id).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(describe)
                .put(path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("description", equalTo("Landing zone approved")).body("status", equalTo("open"))
                .body("engagementId", equalTo(null));

        String transitions = path + "/" + id + "/transitions";
        Map<String, Object> resolve = Map.of("to", "resolved");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(resolve).post(transitions).then()
                .statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(resolve)
                .post(transitions).then().statusCode(412);
        given().header("Authorization", VIEWER).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(resolve)
                .post(transitions).then().statusCode(403);
        given().header("Authorization", STRANGER).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(resolve)
                .post(transitions).then().statusCode(404);
        given().header("Authorization", EXEC).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("to", "done")).post(transitions).then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", EXEC).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(resolve)
                .post(transitions).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("resolved")).body("description", equalTo("Landing zone approved"));
        for (String illegal : List.of("in-progress", "resolved")) {
            given().header("Authorization", EXEC).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                    .body(Map.of("to", illegal)).post(transitions).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", containsString("illegal-transition")).body("from", equalTo("resolved"))
                    .body("to", equalTo(illegal)).body("allowed", equalTo(List.of("open")));
        }
        given().header("Authorization", VIEWER).get(path + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("resolved"));
        given().header("Authorization", VIEWER).queryParam("status", "resolved").get(path)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", VIEWER).queryParam("status", "done").get(path).then().statusCode(400);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        given().header("Authorization", STRANGER).get(path).then().statusCode(404);
        given().header("Authorization", STRANGER).get(path + "/" + id).then().statusCode(404);

        // reopen, then start work and resolve again: every move the machine allows
        for (String[] move : new String[][] {{"2", "open"}, {"3", "in-progress"}, {"4", "resolved"}}) {
            given().header("Authorization", EXEC).header("If-Match", "\"" + move[0] + "\"").contentType(ContentType.JSON)
                    .body(Map.of("to", move[1])).post(transitions).then().statusCode(200).body("status", equalTo(move[1]));
        }
    }
}
