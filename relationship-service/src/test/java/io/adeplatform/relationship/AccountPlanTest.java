package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountPlanTest {

    private final String owner = "pat." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Test
    void objectivesInitiativesAndOpportunitiesMakeThePlan() {
        String customer = Api.customer(exec, "Plan Agency " + UUID.randomUUID());
        String base = "/api/customers/" + customer + "/account-plan";
        String key = UUID.randomUUID().toString();
        Map<String, Object> objective = Map.of("title", "Become the agency's cloud partner", "targetDate", "2027-06-30");
        String objectiveId = as(exec).header("Idempotency-Key", key).body(objective).post(base + "/objectives")
                .then().statusCode(201).body("status", equalTo("not-started")).extract().path("id");
        as(exec).header("Idempotency-Key", key).body(objective).post(base + "/objectives")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(objectiveId));
        as(exec).body(Map.of("title", "x", "status", "on-track")).put(base + "/objectives/" + objectiveId).then().statusCode(428);
        as(exec).header("If-Match", "\"3\"").body(Map.of("title", "x", "status", "on-track"))
                .put(base + "/objectives/" + objectiveId).then().statusCode(412);
        as(exec).header("If-Match", "\"0\"").body(Map.of("title", "Cloud partner", "status", "on-track"))
                .put(base + "/objectives/" + objectiveId).then().statusCode(200).body("status", equalTo("on-track"))
                .header("ETag", equalTo("\"1\""));

        String initiative = as(exec).body(Map.of("name", "Landing zone workshop", "objectiveId", objectiveId, "owner", owner))
                .post(base + "/initiatives").then().statusCode(201).body("status", equalTo("planned")).extract().path("id");
        as(exec).body(Map.of("name", "Orphan", "objectiveId", UUID.randomUUID().toString()))
                .post(base + "/initiatives").then().statusCode(422).body("type", endsWith("unknown-objective"));
        as(exec).header("If-Match", "\"0\"").body(Map.of("name", "Landing zone workshop", "status", "in-progress"))
                .put(base + "/initiatives/" + initiative).then().statusCode(200).body("status", equalTo("in-progress"));

        Map<String, Object> opportunity = Map.of("name", "Data platform modernisation", "estimatedValue",
                Map.of("amount", "1250000.00", "currency", "USD"), "expectedCloseDate", "2027-03-31");
        String opp = as(exec).body(opportunity).post(base + "/opportunities").then().statusCode(201)
                .body("stage", equalTo("identified")).body("estimatedValue.currency", equalTo("USD"))
                .body("estimatedValue.amount", equalTo("1250000.00"))
                .extract().path("id");
        as(exec).body(Map.of("name", "Second", "estimatedValue", Map.of("amount", "250000", "currency", "USD"),
                "expectedCloseDate", "2027-05-31")).post(base + "/opportunities").then().statusCode(201);
        as(exec).get(base).then().statusCode(200)
                .body("objectives", hasSize(1)).body("initiatives", hasSize(1)).body("opportunities", hasSize(2))
                .body("openPipeline[0].amount", equalTo("1500000.00")).body("openPipeline[0].currency", equalTo("USD"));
        as(exec).body(Map.of("name", "Numbers", "estimatedValue", Map.of("amount", 1000, "currency", "USD"),
                "expectedCloseDate", "2027-05-31")).post(base + "/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("estimatedValue.amount"));

        // identified → proposed skips a stage: the problem names the moves there are
        String moves = base + "/opportunities/" + opp + "/transitions";
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "proposed")).post(moves)
                .then().statusCode(409).body("type", endsWith("illegal-transition"))
                .body("from", equalTo("identified")).body("to", equalTo("proposed"))
                .body("allowed", equalTo(List.of("qualified", "lost")));
        as(exec).body(Map.of("to", "qualified")).post(moves).then().statusCode(428);
        as(exec).header("If-Match", "\"5\"").body(Map.of("to", "qualified")).post(moves).then().statusCode(412);
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "qualified")).post(moves)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("stage", equalTo("qualified"));
        as(exec).header("If-Match", "\"1\"").body(Map.of("to", "proposed")).post(moves).then().statusCode(200);
        as(exec).header("If-Match", "\"2\"").body(Map.of("to", "won")).post(moves)
                .then().statusCode(200).body("stage", equalTo("won"));
        as(exec).header("If-Match", "\"3\"").body(Map.of("to", "lost")).post(moves).then().statusCode(409)
                .body("from", equalTo("won")).body("allowed", hasSize(0));
        as(exec).header("If-Match", "\"3\"").body(Map.of("stage", "lost")).post(moves).then().statusCode(400);
        as(exec).header("If-Match", "\"3\"").body(Map.of("stage", "lost")).post(base + "/opportunities/" + opp + "/stage")
                .then().statusCode(404);
        as(exec).header("If-Match", "\"3\"").body(opportunity).put(base + "/opportunities/" + opp)
                .then().statusCode(409).body("type", endsWith("opportunity-closed"));
        as(exec).get(base).then().statusCode(200).body("openPipeline[0].amount", equalTo("250000.00"));

        // every part is a paginated collection of its own, with its items and their ETags
        as(exec).get(base + "/opportunities").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].id", equalTo(opp)).body("page", equalTo(0)).body("limit", equalTo(50))
                .body("hasMore", equalTo(false));
        as(exec).queryParam("limit", 1).get(base + "/opportunities").then().statusCode(200)
                .body("items.id", equalTo(List.of(opp))).body("hasMore", equalTo(true));
        as(exec).queryParam("stage", "won").get(base + "/opportunities").then().statusCode(200)
                .body("items.id", equalTo(List.of(opp)));
        as(exec).queryParam("stage", "closed").get(base + "/opportunities").then().statusCode(400);
        as(exec).get(base + "/opportunities/" + opp).then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("stage", equalTo("won")).body("estimatedValue.amount", equalTo("1250000.00"));
        as(exec).get(base + "/objectives").then().statusCode(200).body("items.id", equalTo(List.of(objectiveId)))
                .body("hasMore", equalTo(false));
        as(exec).queryParam("status", "at-risk").get(base + "/objectives").then().statusCode(200).body("items", hasSize(0));
        as(exec).get(base + "/objectives/" + objectiveId).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("on-track"));
        as(exec).get(base + "/initiatives").then().statusCode(200).body("items.id", equalTo(List.of(initiative)));
        as(exec).queryParam("status", "in-progress").get(base + "/initiatives").then().statusCode(200)
                .body("items.id", equalTo(List.of(initiative)));
        as(exec).get(base + "/initiatives/" + initiative).then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(exec).get(base + "/opportunities/" + objectiveId).then().statusCode(404);
        String other = Api.customer(exec, "Other Plan Agency " + UUID.randomUUID());
        String foreign = as(exec).body(opportunity).post("/api/customers/" + other + "/account-plan/opportunities")
                .then().statusCode(201).extract().path("id");
        as(exec).get(base + "/opportunities/" + foreign).then().statusCode(404);
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "qualified")).post(base + "/opportunities/" + foreign + "/transitions")
                .then().statusCode(404);
        as(exec).get(base + "/opportunities").then().statusCode(200).body("items.id", not(hasItem(foreign)));

        // validation: nothing stored
        as(exec).body(Map.of("name", "", "estimatedValue", Map.of("amount", "1.5", "currency", "usd"), "expectedCloseDate", "2027-01-01"))
                .post(base + "/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("estimatedValue.currency"));
        as(exec).body(Map.of("name", "No money", "expectedCloseDate", "2027-01-01"))
                .post(base + "/opportunities").then().statusCode(400).body("errors.field", hasItem("estimatedValue"));
        as(exec).body(Map.of("title", "", "status", "dreaming")).post(base + "/objectives").then().statusCode(400);
        as(exec).get(base).then().statusCode(200).body("opportunities", hasSize(2)).body("objectives", hasSize(1));

        // authorization: a path naming a customer the caller may not see (or none) is a 404, lists included
        String stranger = TestTokens.bearer("stranger", "executive");
        as(stranger).get(base).then().statusCode(404);
        for (String part : List.of("/objectives", "/initiatives", "/opportunities", "/opportunities/" + opp,
                "/objectives/" + objectiveId, "/initiatives/" + initiative)) {
            as(stranger).get(base + part).then().statusCode(404).contentType("application/problem+json");
        }
        as(exec).get("/api/customers/" + UUID.randomUUID() + "/account-plan/opportunities").then().statusCode(404);
        as(stranger).header("If-Match", "\"3\"").body(Map.of("to", "lost")).post(moves).then().statusCode(404);
        as(stranger).body(opportunity).post(base + "/opportunities").then().statusCode(404);
        as(stranger).header("If-Match", "\"1\"").body(Map.of("title", "x")).put(base + "/objectives/" + objectiveId)
                .then().statusCode(404);
        as(TestTokens.bearer("victor", "viewer")).body(opportunity).post(base + "/opportunities").then().statusCode(403);
        as(TestTokens.bearer("victor", "viewer")).body(objective).post(base + "/objectives").then().statusCode(403);
        as(TestTokens.bearer("victor", "viewer")).header("If-Match", "\"3\"").body(Map.of("to", "lost")).post(moves)
                .then().statusCode(403);
    }
}
