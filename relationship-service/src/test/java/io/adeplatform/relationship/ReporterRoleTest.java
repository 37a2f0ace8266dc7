package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The machine role {@code reporter} (issue 21), with the token Keycloak's ade-reporter client gets: it reads a
 * customer whose account team it is not on, like an admin, and writes nothing, not even where an admin may.
 */
@QuarkusTest
class ReporterRoleTest {

    private static final String REPORTER = TestTokens.reporterBearer();
    private static final String ADMIN = TestTokens.bearer("root", "admin");

    private final String exec = TestTokens.bearer("rex." + UUID.randomUUID(), "executive");

    @Test
    void theReporterReadsAnotherTeamsCustomer() {
        String name = "Reporter Reads County " + UUID.randomUUID();
        String customer = Api.customer(exec, name);
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Ria Cio", "cio", 5, "supporter", null));
        Api.addInteraction(exec, customer, LocalDate.now(ZoneOffset.UTC), List.of(cio));
        as(REPORTER).get("/api/customers/" + customer).then().statusCode(200).body("name", equalTo(name));
        as(REPORTER).queryParam("q", name).get("/api/customers").then().statusCode(200).body("items.id", contains(customer));
        as(REPORTER).get("/api/customers/" + customer + "/stakeholders").then().statusCode(200)
                .body("items.id", contains(cio));
        as(REPORTER).get("/api/stakeholders/" + cio).then().statusCode(200);
        as(REPORTER).get("/api/customers/" + customer + "/interactions").then().statusCode(200)
                .body("items[0].type", equalTo("executive-briefing"));
        as(REPORTER).get("/api/customers/" + customer + "/account-team").then().statusCode(200)
                .body("items.role", hasItem("executive"));
        as(REPORTER).get("/api/customers/" + customer + "/health").then().statusCode(200);
        as(REPORTER).get("/api/customers/" + customer + "/account-plan").then().statusCode(200);
        // a customer that does not exist is still missing
        as(REPORTER).get("/api/customers/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theReporterWritesNothingEvenWhereAnAdminMay() {
        String customer = Api.customer(exec, "Reporter Writes City " + UUID.randomUUID());
        String path = "/api/customers/" + customer;
        Map<String, Object> profile = Map.of("name", "Renamed " + UUID.randomUUID(), "segment", "state-government");
        Map<String, Object> stakeholder = Api.stakeholder("Ned Cto", "cto", 3, "neutral", null);
        Map<String, Object> member = Map.of("username", "new.member", "role", "viewer");

        as(REPORTER).header("If-Match", "\"0\"").body(profile).put(path).then().statusCode(403)
                .contentType("application/problem+json");
        as(REPORTER).body(stakeholder).post(path + "/stakeholders").then().statusCode(403);
        as(REPORTER).body(member).post(path + "/account-team").then().statusCode(403);
        as(REPORTER).body(Map.of("title", "Grow cloud")).post(path + "/account-plan/objectives").then().statusCode(403);
        as(REPORTER).header("If-Match", "\"0\"").body(Map.of("to", "archived")).post(path + "/transitions").then()
                .statusCode(403);
        as(REPORTER).body(Map.of("name", "Reporter's own", "segment", "state-government")).post("/api/customers")
                .then().statusCode(403);
        as(REPORTER).get(path).then().statusCode(200).header("ETag", equalTo("\"0\""));

        // each of those an admin may do
        as(ADMIN).header("If-Match", "\"0\"").body(profile).put(path).then().statusCode(200);
        as(ADMIN).body(stakeholder).post(path + "/stakeholders").then().statusCode(201);
        as(ADMIN).body(member).post(path + "/account-team").then().statusCode(201);
        as(ADMIN).body(Map.of("title", "Grow cloud")).post(path + "/account-plan/objectives").then().statusCode(201);
    }
}
