package io.adeplatform.consumption;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.EXEC_NAME;
import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A viewer on the account never writes; an engagement of another customer is an engagement that exists nowhere. */
@QuarkusTest
class AccountRolesAndTenancyTest {

    @Test
    void aRealmExecutiveWhoIsOnlyAViewerOnTheAccountGets403OnWrites() {
        UUID customer = TestCustomers.register("/api/consumption/customer-projections", "Viewer Utility " + UUID.randomUUID(),
                member(EXEC_NAME, "executive"), member("vik.exec", "viewer"));
        String viewingExec = TestTokens.bearer("vik.exec", "executive", "finance");
        String id = "sub-" + UUID.randomUUID();
        given().header("Authorization", viewingExec).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Prod", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(403).body("type", containsString("forbidden"));
        given().header("Authorization", viewingExec).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-05", "target", Map.of("amount", "1000.00", "currency", "USD")))
                .post("/api/consumption/customers/" + customer + "/goals").then().statusCode(403);
        String mine = Fixtures.subscription(customer);
        given().header("Authorization", viewingExec).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed")).put("/api/consumption/subscriptions/" + mine).then().statusCode(403);
        given().header("Authorization", EXEC).get("/api/consumption/subscriptions/" + mine).then()
                .body("name", equalTo("Production " + mine.substring(4, 12)));
    }

    @Test
    void anEngagementOfAnotherCustomerIsAnsweredLikeOneThatExistsNowhere() {
        UUID customer = Fixtures.customer("Tenant Utility " + UUID.randomUUID());
        UUID other = Fixtures.customer("Other Utility " + UUID.randomUUID());
        UUID theirs = Fixtures.engagement(other);
        UUID mine = Fixtures.engagement(customer);
        for (UUID engagement : List.of(theirs, UUID.randomUUID())) {
            given().header("Authorization", EXEC).contentType(ContentType.JSON)
                    .body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Prod", "customerId", customer.toString(),
                            "engagementId", engagement.toString()))
                    .post("/api/consumption/subscriptions").then().statusCode(422)
                    .body("type", containsString("unknown-engagement"))
                    .body("detail", equalTo("engagement " + engagement + " does not exist"));
            given().header("Authorization", EXEC).contentType(ContentType.JSON)
                    .body(Map.of("description", "x", "category", "technical", "owner", "ada.exec",
                            "engagementId", engagement.toString()))
                    .post("/api/consumption/customers/" + customer + "/blockers").then().statusCode(422)
                    .body("type", containsString("unknown-engagement"));
        }
        given().header("Authorization", EXEC).get("/api/consumption/subscriptions?engagementId=" + theirs)
                .then().body("items.size()", equalTo(0));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("id", "sub-" + UUID.randomUUID(), "name", "Prod", "customerId", customer.toString(),
                        "engagementId", mine.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(201);
    }
}
