package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Account roles on portfolio's writes, and an escalation of another customer never touching an engagement. */
@QuarkusTest
class AccountRolesAndTenancyTest {

    private static final String OPENED = "io.adeplatform.escalation.escalation.opened.v1";

    @Test
    void aRealmExecutiveWhoIsOnlyAViewerOnTheAccountGets403OnEveryWrite() {
        String customer = TestCustomers.register(Fixtures.PROJECTION, "Viewer Agency " + UUID.randomUUID(),
                member(Fixtures.EXEC_USER, "executive"), member("val.exec", "viewer")).toString();
        String viewingExec = TestTokens.bearer("val.exec", "executive", "delivery-manager");
        String id = Fixtures.engagement(customer);

        given().header("Authorization", viewingExec).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(customer, "Not mine to open")).post("/api/engagements")
                .then().statusCode(403).body("type", containsString("forbidden"));
        given().header("Authorization", viewingExec).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "solution-development"))
                .post("/api/engagements/" + id + "/transitions").then().statusCode(403);
        given().header("Authorization", viewingExec).get("/api/engagements/" + id).then().statusCode(200)
                .body("stage", equalTo("envisioning"));
    }

    @Test
    void aCriticalEscalationOfAnotherCustomerIsDroppedNotAppliedToTheEngagement() {
        String customer = Fixtures.customer();
        String outsider = Fixtures.customer();
        String target = Fixtures.engagement(customer);
        String marker = Fixtures.engagement(customer);
        String key = UUID.randomUUID().toString(); // one key: one partition, so the marker is applied after the drop
        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(), OPENED, key,
                opened(outsider, target, "Outsider's title"));
        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(), OPENED, key,
                opened(customer, marker, "Marker"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Fixtures.EXEC)
                .get("/api/engagements/" + marker).then().body("health", equalTo("red")));
        given().header("Authorization", Fixtures.EXEC).get("/api/engagements/" + target).then()
                .body("health", not(equalTo("red")))
                .body("healthReasons", not(hasItem(containsString("Outsider's title"))));
    }

    private static String opened(String customer, String engagement, String title) {
        return """
                {"escalationId": "%s", "customerId": "%s", "engagementId": "%s", "title": "%s", "severity": "critical",
                 "category": "delivery", "source": "customer", "level": "L2", "openedAt": "2026-11-27T09:15:00Z"}
                """.formatted(UUID.randomUUID(), customer, engagement, title);
    }
}
