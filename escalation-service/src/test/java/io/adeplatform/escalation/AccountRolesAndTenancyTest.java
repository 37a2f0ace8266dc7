package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Account roles on escalation writes, an engagement of another customer answered like one that exists nowhere, and
 * a commitment event naming another customer than the commitment's escalation dropped.
 */
@QuarkusTest
class AccountRolesAndTenancyTest extends WithAccountTeam {

    private final String viewerName = "vex." + UUID.randomUUID();
    private final String viewingExec = TestTokens.bearer(viewerName, "executive", "delivery-manager");

    @Test
    void aRealmExecutiveWhoIsOnlyAViewerOnTheAccountGets403OnWrites() {
        UUID customer = customer("Viewer Transit", member(viewerName, "viewer"));
        given().header("Authorization", viewingExec).contentType(ContentType.JSON)
                .body(Escalations.body(customer, "high")).post("/api/escalations").then().statusCode(403)
                .body("type", containsString("forbidden"));
        String id = Escalations.create(exec, customer, "high");
        given().header("Authorization", viewingExec).contentType(ContentType.JSON).body(Map.of("to", "acknowledged", "note", "seen"))
                .post("/api/escalations/" + id + "/transitions").then().statusCode(403);
        given().header("Authorization", viewingExec).get("/api/escalations/" + id).then().statusCode(200)
                .body("status", equalTo("open"));
    }

    @Test
    void anEngagementOfAnotherCustomerIsAnsweredLikeOneThatExistsNowhereAndOpensNothing() {
        UUID customer = customer("Tenant Transit");
        UUID other = customer("Other Transit");
        UUID theirs = Escalations.engagement(other);
        for (UUID engagement : List.of(theirs, UUID.randomUUID())) {
            Map<String, Object> body = Escalations.body(customer, "critical");
            body.put("engagementId", engagement.toString());
            given().header("Authorization", exec).contentType(ContentType.JSON).body(body).post("/api/escalations")
                    .then().statusCode(422).body("type", containsString("unknown-engagement"))
                    .body("detail", equalTo("engagement " + engagement + " does not exist"));
        }
        given().header("Authorization", exec).queryParam("engagementId", theirs.toString()).get("/api/escalations")
                .then().body("items", hasSize(0));
        Map<String, Object> own = Escalations.body(customer, "critical");
        own.put("engagementId", Escalations.engagement(customer).toString());
        given().header("Authorization", exec).contentType(ContentType.JSON).body(own).post("/api/escalations")
                .then().statusCode(201);
    }

    @Test
    void aCommitmentEventNamingAnotherCustomerIsDroppedNotAddedToTheEscalation() {
        UUID owner = customer("Owner Transit");
        UUID intruder = customer("Intruder Transit");
        UUID commitment = UUID.randomUUID();
        send(commitment, owner);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", exec)
                .queryParam("customerId", owner.toString()).get("/api/escalations").then().body("items", hasSize(1)));
        String id = given().header("Authorization", exec).queryParam("customerId", owner.toString())
                .get("/api/escalations").then().extract().path("items[0].id");
        send(commitment, intruder); // dropped: the commitment's escalation is the owner's
        send(commitment, owner);    // a marker behind it on the same partition: one signal, not two
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", exec)
                .queryParam("kind", "signal").get("/api/escalations/" + id + "/timeline").then().body("items", hasSize(1)));
        given().header("Authorization", exec).queryParam("customerId", intruder.toString()).get("/api/escalations")
                .then().body("items", hasSize(0));
    }

    private static void send(UUID commitment, UUID customer) {
        TestKafka.sendCloudEvent("consumption.commitment.events", UUID.randomUUID(),
                "io.adeplatform.consumption.commitment.at-risk.v1", commitment.toString(),
                "{\"commitmentId\":\"" + commitment + "\",\"customerId\":\"" + customer + "\","
                        + "\"shortfall\":{\"amount\":250000.00,\"currency\":\"USD\"},\"endDate\":\"2027-06-30\"}");
    }
}
