package io.adeplatform.consumption;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.platform.testing.ProblemAnswers.refused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 against consumption's JSON API: ISO 4217 currencies only, NULs refused, nothing stored. */
@QuarkusTest
class HostileInputTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    @Test
    void unknownCurrenciesAreBadRequestsInQueryAndBody() {
        UUID customer = Fixtures.customer("Currency " + UUID.randomUUID());
        String base = "/api/consumption/customers/" + customer;
        assertThat(refused(as(EXEC).get(base + "/summary?currency=XXQ"), 400)).containsExactly("currency");
        as(EXEC).get(base + "/summary?currency=EUR").then().statusCode(200);
        assertThat(refused(as(EXEC).body("{\"month\":\"2026-11\",\"target\":{\"amount\":\"1000\",\"currency\":\"XXQ\"}}")
                .post(base + "/goals"), 400)).containsExactly("target.currency");
        // issue 17: money amounts are decimal strings; a JSON number is refused, not coerced
        assertThat(refused(as(EXEC).body("{\"month\":\"2026-11\",\"target\":{\"amount\":1000,\"currency\":\"USD\"}}")
                .post(base + "/goals"), 400)).containsExactly("target.amount");
        assertThat(refused(as(EXEC).body("{\"month\":\"2026-11\",\"target\":{\"amount\":\"1E-999999999\",\"currency\":\"USD\"}}")
                .post(base + "/goals"), 400)).containsExactly("target.amount");
        assertThat(as(EXEC).get(base + "/goals").<List<?>>path("items")).isEmpty();
    }

    @Test
    void controlCharactersInIdsAndTextAreRefused() {
        UUID customer = Fixtures.customer("Nul " + UUID.randomUUID());
        assertThat(refused(as(EXEC).urlEncodingEnabled(false).get("/api/consumption/subscriptions/sub%00x"), 400))
                .containsExactly("id");
        assertThat(refused(as(EXEC).body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Prod\u0000",
                "customerId", customer.toString())).post("/api/consumption/subscriptions"), 400)).containsExactly("name");
        assertThat(refused(as(EXEC).get("/api/consumption/subscriptions?customerId=" + customer + "&page=2147483647"), 400))
                .containsExactly("page");
        assertThat(as(EXEC).get("/api/consumption/subscriptions?customerId=" + customer).<List<?>>path("items")).isEmpty();
    }
}
