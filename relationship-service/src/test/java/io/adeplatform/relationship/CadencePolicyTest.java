package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A customer's cadence policy (issue 21): the defaults until one is set (said so, version 0), a full replacement with
 * If-Match (428/412), intervals validated (400 naming the field), overrides only for the customer's engagements
 * (422), writers of the account only, outsiders 404; bad windows of the due list are 400s.
 */
@QuarkusTest
class CadencePolicyTest {

    private final String owner = "cleo." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    private static Map<String, Object> policy(Object qbr, Object briefing, Object steering, List<?> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("qbrIntervalDays", qbr);
        body.put("executiveBriefingIntervalDays", briefing);
        body.put("steeringCommitteeIntervalDays", steering);
        body.put("steeringCommitteeOverrides", overrides);
        return body;
    }

    @Test
    void theDefaultsApplyUntilAPolicyIsSetAndEveryReplacementIsChecked() {
        String customer = Api.customer(exec, "Cedar Valley Schools " + UUID.randomUUID());
        String path = "/api/customers/" + customer + "/cadence-policy";
        as(exec).get(path).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("defaults", equalTo(true)).body("version", equalTo(0)).body("qbrIntervalDays", equalTo(90))
                .body("executiveBriefingIntervalDays", equalTo(30)).body("steeringCommitteeIntervalDays", equalTo(30))
                .body("steeringCommitteeOverrides", equalTo(List.of())).body("updatedBy", nullValue());

        Map<String, Object> valid = policy(91, 28, 14, null);
        as(exec).body(valid).put(path).then().statusCode(428);
        as(exec).header("If-Match", "\"3\"").body(valid).put(path).then().statusCode(412);
        for (Object[] bad : new Object[][]{{"qbrIntervalDays", 0}, {"qbrIntervalDays", 367}, {"qbrIntervalDays", 1.5},
                {"executiveBriefingIntervalDays", "30"}, {"steeringCommitteeIntervalDays", null},
                {"qbrIntervalDays", "P3M"}}) {
            Map<String, Object> body = new HashMap<>(valid);
            body.put((String) bad[0], bad[1]);
            as(exec).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(400)
                    .body("errors.field", hasItem(containsString((String) bad[0])));
        }
        as(exec).header("If-Match", "\"0\"").body(policy(90, 30, 30, List.of(Map.of("engagementId",
                        UUID.randomUUID().toString(), "intervalDays", 0)))).put(path).then().statusCode(400)
                .body("errors.field", hasItem(containsString("intervalDays")));
        // an engagement that exists nowhere (or is another customer's) is unknown: 422, nothing stored
        as(exec).header("If-Match", "\"0\"").body(policy(90, 30, 30, List.of(Map.of("engagementId",
                        UUID.randomUUID().toString(), "intervalDays", 14)))).put(path).then().statusCode(422)
                .body("type", endsWith("unknown-engagement"));
        as(exec).get(path).then().body("defaults", equalTo(true));

        // writers of the account only: a realm viewer and an account viewer get 403, an outsider 404
        String viewerName = "vik." + UUID.randomUUID();
        as(exec).body(Map.of("username", viewerName, "role", "viewer")).post("/api/customers/" + customer + "/account-team")
                .then().statusCode(201);
        as(TestTokens.bearer(viewerName, "delivery-manager")).header("If-Match", "\"0\"").body(valid).put(path)
                .then().statusCode(403);
        as(TestTokens.bearer(viewerName, "viewer")).header("If-Match", "\"0\"").body(valid).put(path)
                .then().statusCode(403);
        as(TestTokens.bearer(viewerName, "viewer")).get(path).then().statusCode(200);
        String outsider = TestTokens.bearer("olga." + UUID.randomUUID(), "executive");
        as(outsider).get(path).then().statusCode(404);
        as(outsider).header("If-Match", "\"0\"").body(valid).put(path).then().statusCode(404);
        as(outsider).get("/api/customers/" + customer + "/cadence").then().statusCode(404);

        // an engagement of this customer may have its own steering interval (once the reference projection knows it)
        UUID engagement = PortfolioEvents.engagementCreated(customer, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        Map<String, Object> withOverride = policy(91, 28, 14, List.of(Map.of("engagementId", engagement.toString(),
                "intervalDays", 7)));
        as(exec).header("If-Match", "\"0\"").body(policy(91, 28, 14, List.of(
                        Map.of("engagementId", engagement.toString(), "intervalDays", 7),
                        Map.of("engagementId", engagement.toString(), "intervalDays", 9))))
                .put(path).then().statusCode(400).body("errors.field", hasItem(containsString("engagementId")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(exec).header("If-Match", "\"0\"").body(withOverride).put(path).then().statusCode(200)
                        .header("ETag", equalTo("\"1\"")));
        as(exec).get(path).then().statusCode(200).body("defaults", equalTo(false)).body("version", equalTo(1))
                .body("qbrIntervalDays", equalTo(91)).body("updatedBy", equalTo(owner))
                .body("steeringCommitteeOverrides[0].engagementId", equalTo(engagement.toString()))
                .body("steeringCommitteeOverrides[0].intervalDays", equalTo(7));
        as(exec).header("If-Match", "\"0\"").body(valid).put(path).then().statusCode(412);
        // a full replacement: leaving the overrides out removes them
        as(exec).header("If-Match", "\"1\"").body(valid).put(path).then().statusCode(200)
                .body("version", equalTo(2)).body("steeringCommitteeOverrides", equalTo(List.of()));
        // the engagement's steering committee, due 14 days after its start (the policy's interval)
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(exec).get("/api/customers/" + customer + "/cadence").then().statusCode(200)
                        .body("items.find { it.engagementId == '" + engagement + "' }.intervalDays", equalTo(14))
                        .body("items.find { it.engagementId == '" + engagement + "' }.nextDue",
                                equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(11).toString())));

        // archived customers are read-only
        String etag = as(exec).get("/api/customers/" + customer).then().extract().header("ETag");
        as(exec).header("If-Match", etag).body(Map.of("to", "archived")).post("/api/customers/" + customer + "/transitions")
                .then().statusCode(200);
        as(exec).header("If-Match", "\"2\"").body(valid).put(path).then().statusCode(409);
        as(exec).get("/api/customers/" + customer + "/cadence").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void aMalformedOrBackwardWindowOfTheDueListIsA400() {
        for (Map<String, String> query : List.of(Map.of("from", "nope"), Map.of("to", "2030-02-30"),
                Map.of("from", "2030-03-10", "to", "2030-03-01"), Map.of("to", "12/01/2030"))) {
            as(exec).queryParams(query).get("/api/cadence/due").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(exec).queryParams(Map.of("limit", 201)).get("/api/cadence/due").then().statusCode(400);
        as(exec).get("/api/cadence/due").then().statusCode(200).body("page", equalTo(0)).body("limit", equalTo(50));
    }
}
