package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class StakeholderAndInteractionTest {

    private final String owner = "sam." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");
    private final String stranger = TestTokens.bearer("stranger", "executive");
    private final String viewer = TestTokens.bearer("victor", "viewer");

    @Inject
    EntityManager em;

    @Test
    void stakeholdersFormAnOrgChartWithoutCycles() {
        String customer = Api.customer(exec, "Northbridge University " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        Map<String, Object> cioBody = Api.stakeholder("Carla Cio", "cio", 5, "champion", null);
        String cio = as(exec).header("Idempotency-Key", key).body(cioBody).post("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(201).header("Location", containsString("/api/stakeholders/"))
                .header("ETag", equalTo("\"0\"")).body("active", equalTo(true)).body("roleType", equalTo("cio"))
                .extract().path("id");
        as(exec).header("Idempotency-Key", key).body(cioBody).post("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(cio));
        String director = Api.addStakeholder(exec, customer, Api.stakeholder("Dora Director", "it-director", 3, "supporter", cio));
        String architect = Api.addStakeholder(exec, customer,
                Api.stakeholder("Art Architect", "technology-professional", 2, "neutral", director));

        as(exec).get("/api/customers/" + customer + "/org-chart").then().statusCode(200)
                .body("roots", hasSize(1)).body("roots[0].id", equalTo(cio))
                .body("roots[0].reports[0].id", equalTo(director))
                .body("roots[0].reports[0].reports[0].id", equalTo(architect));

        // the CIO reporting to the architect would close a loop; reporting to oneself too
        Map<String, Object> loop = Api.stakeholder("Carla Cio", "cio", 5, "champion", architect);
        as(exec).body(loop).put("/api/stakeholders/" + cio).then().statusCode(428);
        as(exec).header("If-Match", "\"5\"").body(loop).put("/api/stakeholders/" + cio).then().statusCode(412);
        as(exec).header("If-Match", "\"0\"").body(loop).put("/api/stakeholders/" + cio)
                .then().statusCode(409).body("type", endsWith("reporting-cycle"));
        as(exec).header("If-Match", "\"0\"").body(Api.stakeholder("Carla Cio", "cio", 5, "champion", cio))
                .put("/api/stakeholders/" + cio).then().statusCode(409);
        // a stakeholder of another customer is no manager
        String other = Api.customer(exec, "Other " + UUID.randomUUID());
        String foreign = Api.addStakeholder(exec, other, Api.stakeholder("Fay Foreign", "cto", 3, "neutral", null));
        as(exec).header("If-Match", "\"0\"").body(Api.stakeholder("Carla Cio", "cio", 5, "champion", foreign))
                .put("/api/stakeholders/" + cio).then().statusCode(422).body("type", endsWith("invalid-reports-to"));

        Map<String, Object> change = Api.stakeholder("Carla Cio", "cio", 4, "supporter", null);
        change.put("active", false);
        as(exec).header("If-Match", "\"0\"").body(change).put("/api/stakeholders/" + cio)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("influence", equalTo(4)).body("active", equalTo(false));
        as(exec).queryParam("active", true).get("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(200).body("items", hasSize(2));
        as(exec).queryParam("roleType", "it-director").get("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(director));
        as(exec).queryParam("roleType", "king").get("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(400).body("errors.field", hasItem("roleType"));

        // non-members see nothing, viewers write nothing
        for (String path : List.of("/api/customers/" + customer + "/stakeholders", "/api/stakeholders/" + cio,
                "/api/customers/" + customer + "/org-chart", "/api/stakeholders/" + cio + "/interactions")) {
            as(stranger).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as(stranger).body(cioBody).post("/api/customers/" + customer + "/stakeholders").then().statusCode(404);
        as(stranger).header("If-Match", "\"1\"").body(change).put("/api/stakeholders/" + cio).then().statusCode(404);
        as(viewer).body(cioBody).post("/api/customers/" + customer + "/stakeholders").then().statusCode(403);
        as(viewer).header("If-Match", "\"1\"").body(change).put("/api/stakeholders/" + cio).then().statusCode(403);
    }

    @Test
    void invalidStakeholdersAreProblemsAndStoreNothing() {
        String customer = Api.customer(exec, "Validation Agency " + UUID.randomUUID());
        Map<String, Object> body = Api.stakeholder("Val", "cio", 9, "champion", null);
        as(exec).body(body).post("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("influence"));
        Map<String, Object> badStance = Api.stakeholder("Val", "cio", 3, "fan", null);
        as(exec).body(badStance).post("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(400).body("errors.field", hasItem("stance"));
        Map<String, Object> badEmail = Api.stakeholder("Val", "cio", 3, "champion", null);
        badEmail.put("email", "not-an-address");
        badEmail.put("name", " ");
        as(exec).body(badEmail).post("/api/customers/" + customer + "/stakeholders")
                .then().statusCode(400).body("errors.field", hasItem("email")).body("errors.field", hasItem("name"));
        as(exec).body(Api.stakeholder("Val", "cio", 3, "champion", UUID.randomUUID().toString()))
                .post("/api/customers/" + customer + "/stakeholders").then().statusCode(422);
        assertThat(count("select count(*) from stakeholder where customer_id = ?1", customer)).isZero();
    }

    @Test
    void interactionsAreListedPerCustomerAndPerStakeholder() {
        String customer = Api.customer(exec, "City of Riverton " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Rita Cio", "cio", 5, "champion", null));
        String cfo = Api.addStakeholder(exec, customer, Api.stakeholder("Fred Cfo", "cfo", 4, "skeptic", null));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String key = UUID.randomUUID().toString();
        Map<String, Object> qbr = Map.of("type", "qbr", "date", today.minusDays(40).toString(),
                "stakeholderIds", List.of(cio, cfo), "summary", "Quarterly business review", "outcome", "agreed roadmap",
                "nextStep", "scope phase 2");
        String first = as(exec).header("Idempotency-Key", key).body(qbr).post("/api/customers/" + customer + "/interactions")
                .then().statusCode(201).header("Location", containsString("/api/interactions/"))
                .body("type", equalTo("qbr")).body("stakeholderIds", hasSize(2)).extract().path("id");
        as(exec).header("Idempotency-Key", key).body(qbr).post("/api/customers/" + customer + "/interactions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        String second = Api.addInteraction(exec, customer, today.minusDays(3), List.of(cio));

        as(exec).get("/api/customers/" + customer + "/interactions").then().statusCode(200)
                .body("items.id", contains(second, first));
        as(exec).queryParam("type", "qbr").get("/api/customers/" + customer + "/interactions").then().statusCode(200)
                .body("items.id", contains(first));
        as(exec).queryParam("from", today.minusDays(10).toString()).get("/api/customers/" + customer + "/interactions")
                .then().statusCode(200).body("items.id", contains(second));
        as(exec).get("/api/stakeholders/" + cfo + "/interactions").then().statusCode(200).body("items.id", contains(first));
        as(exec).get("/api/interactions/" + first).then().statusCode(200).body("summary", equalTo("Quarterly business review"));

        long before = count("select count(*) from interaction where customer_id = ?1", customer);
        as(exec).body(Map.of("type", "meeting", "date", today.plusDays(2).toString(), "stakeholderIds", List.of(cio),
                "summary", "future")).post("/api/customers/" + customer + "/interactions")
                .then().statusCode(422).body("type", endsWith("interaction-in-future"));
        as(exec).body(Map.of("type", "meeting", "date", today.toString(), "stakeholderIds", List.of(UUID.randomUUID()),
                "summary", "ghost")).post("/api/customers/" + customer + "/interactions")
                .then().statusCode(422).body("type", endsWith("unknown-stakeholder"));
        as(exec).body(Map.of("type", "party", "date", "yesterday", "stakeholderIds", List.of(), "summary", ""))
                .post("/api/customers/" + customer + "/interactions").then().statusCode(400)
                .contentType("application/problem+json");
        as(exec).body(Map.of("type", "meeting", "date", today.toString(), "stakeholderIds", List.of(), "summary", ""))
                .post("/api/customers/" + customer + "/interactions").then().statusCode(400)
                .body("errors.field", hasItem("stakeholderIds")).body("errors.field", hasItem("summary"));
        assertThat(count("select count(*) from interaction where customer_id = ?1", customer)).isEqualTo(before);

        as(stranger).get("/api/customers/" + customer + "/interactions").then().statusCode(404);
        as(stranger).get("/api/interactions/" + first).then().statusCode(404);
        as(stranger).body(qbr).post("/api/customers/" + customer + "/interactions").then().statusCode(404);
        as(viewer).body(qbr).post("/api/customers/" + customer + "/interactions").then().statusCode(403);
        as(TestTokens.bearer("root", "admin")).get("/api/interactions/" + first).then().statusCode(200);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, UUID.fromString(parameter)).getSingleResult()).longValue());
    }
}
