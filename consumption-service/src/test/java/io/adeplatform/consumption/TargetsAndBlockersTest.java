package io.adeplatform.consumption;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.STRANGER;
import static io.adeplatform.consumption.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
                .body("target.amount", equalTo(12000.00f)).extract().path("id");
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
                .put(path + "/" + id).then().statusCode(200).body("target.amount", equalTo(15000.00f));
        given().header("Authorization", VIEWER).get(path).then().statusCode(200).body("", hasSize(1));
        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(Map.of("month", "2027-01", "target", usd("1")))
                .post(path).then().statusCode(403);
        given().header("Authorization", STRANGER).get(path).then().statusCode(404);
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
                .body("riskReasons", hasSize(0)).extract();
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
        given().header("Authorization", VIEWER).get(path).then().statusCode(200).body("", hasSize(1));
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

        Map<String, Object> resolve = Map.of("description", "Landing zone approved", "category", "technical",
                "owner", "dana.dm", "status", "resolved");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(resolve).put(path + "/" + id).then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"5\"").contentType(ContentType.JSON).body(resolve)
                .put(path + "/" + id).then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(resolve)
                .put(path + "/" + id).then().statusCode(200).body("status", equalTo("resolved")).body("engagementId", equalTo(null));
        given().header("Authorization", EXEC).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("description", "d", "category", "technical", "owner", "dana.dm", "status", "in-progress"))
                .put(path + "/" + id).then().statusCode(409).body("type", org.hamcrest.Matchers.containsString("illegal-transition"));
        given().header("Authorization", VIEWER).queryParam("status", "resolved").get(path)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", VIEWER).queryParam("status", "done").get(path).then().statusCode(400);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        given().header("Authorization", STRANGER).get(path).then().statusCode(404);
        given().header("Authorization", STRANGER).get(path + "/" + id).then().statusCode(404);
    }
}
