package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class Account360Test {

    @Test
    void composesSectionsInParallelAndAnswersPartiallyWithinTheBudget() {
        String customerId = UUID.randomUUID().toString();
        String token = TestTokens.bearer("alice", "executive");
        // warm-up: the first call of a fresh JVM pays for class loading and connection set-up
        given().header("Authorization", token).get("/api/accounts/" + customerId + "/overview").then().statusCode(200);

        given().header("Authorization", token).header("X-Correlation-Id", "overview-1")
                .get("/api/accounts/" + customerId + "/overview")
                .then().statusCode(200)
                .header("X-Correlation-Id", "overview-1")
                .body("customerId", equalTo(customerId))
                .body("complete", equalTo(false))
                // relationship answered, with the caller's own token and the correlation id
                .body("sections.customer.status", equalTo("ok"))
                .body("sections.customer.data.path", equalTo("/api/customers/" + customerId))
                .body("sections.customer.data.headers.authorization", equalTo(token))
                .body("sections.customer.data.headers.x-correlation-id", equalTo("overview-1"))
                // the account plan: objectives, initiatives, opportunities and the open pipeline, from relationship
                .body("sections.account-plan.status", equalTo("ok"))
                .body("sections.account-plan.data.server", equalTo("relationship"))
                .body("sections.account-plan.data.path", equalTo("/api/customers/" + customerId + "/account-plan"))
                // every escalation that is not closed, not only the open ones
                .body("sections.escalations.status", equalTo("ok"))
                .body("sections.escalations.data.path", equalTo("/api/escalations"))
                .body("sections.escalations.data.query", equalTo("customerId=" + customerId
                        + "&status=open,acknowledged,investigating,mitigated,resolved&limit=50"))
                .body("sections.contracts.status", equalTo("ok"))
                .body("sections.contracts.data.server", equalTo("billing"))
                .body("sections.contracts.data.query", containsString("customerId=" + customerId))
                // issue 21: the weighted pipeline, the revenue forecast (billing) and the executive cadence
                .body("sections.pipeline.data.path", equalTo("/api/customers/" + customerId + "/pipeline"))
                .body("sections.revenue-forecast.data.server", equalTo("billing"))
                .body("sections.revenue-forecast.data.path", equalTo("/api/billing/revenue-forecast/" + customerId))
                .body("sections.cadence.data.server", equalTo("relationship"))
                .body("sections.cadence.data.path", equalTo("/api/customers/" + customerId + "/cadence"))
                // a dead service and a silent one cost their sections only
                .body("sections.engagements.status", equalTo("unavailable"))
                // "timeout" is only ever set when the budget ran out before a section answered
                .body("sections.consumption.status", equalTo("timeout"))
                .body("sections.consumption.detail", containsString("3000 ms"));
    }

    @Test
    void customerTheOwnerDoesNotShowIsA404ForTheWholeOverview() {
        given().header("Authorization", TestTokens.bearer("mallory", "executive"))
                .get("/api/accounts/" + UUID.randomUUID() + "/overview")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Authorization", TestTokens.bearer("alice", "executive"))
                .get("/api/accounts/not-a-uuid/overview")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/accounts/" + UUID.randomUUID() + "/overview").then().statusCode(401);
    }
}
