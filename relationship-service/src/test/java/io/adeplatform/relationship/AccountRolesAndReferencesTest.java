package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.adeplatform.relationship.Api.addStakeholder;
import static io.adeplatform.relationship.Api.as;
import static io.adeplatform.relationship.Api.customer;
import static io.adeplatform.relationship.Api.stakeholder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The account role on top of the realm role (platform/security AccountAction), and ids inside bodies that must be the
 * customer's own: another customer's stakeholder or objective is answered exactly like one that exists nowhere.
 */
@QuarkusTest
class AccountRolesAndReferencesTest {

    private final String registrar = TestTokens.bearer("rita.dm", "delivery-manager");
    private final String viewingExec = TestTokens.bearer("vera.exec", "executive", "finance");
    private final String financeMember = TestTokens.bearer("finn.fin", "finance");

    @Test
    void aDeliveryManagerWhoRegistersACustomerManagesItsTeamAViewerNeverWrites() {
        String id = customer(registrar, "Registrar County");
        as(registrar).body(Map.of("username", "vera.exec", "role", "viewer")).post("/api/customers/" + id + "/account-team")
                .then().statusCode(201);
        as(registrar).body(Map.of("username", "finn.fin", "role", "finance")).post("/api/customers/" + id + "/account-team")
                .then().statusCode(201);

        // realm executive and finance, but a viewer on this account: 403 on every kind of write, nothing changed
        as(viewingExec).body(stakeholder("Ann Cio", "cio", 5, "champion", null))
                .post("/api/customers/" + id + "/stakeholders").then().statusCode(403)
                .body("type", containsString("forbidden"))
                .body("detail", equalTo("a viewer on the account team may not change this account's data"));
        as(viewingExec).body(Map.of("name", "Renamed", "segment", "state-government")).header("If-Match", "\"1\"")
                .put("/api/customers/" + id).then().statusCode(403);
        as(viewingExec).body(Map.of("username", "x.y", "role", "executive")).post("/api/customers/" + id + "/account-team")
                .then().statusCode(403);
        as(viewingExec).body(Map.of("title", "Grow cloud", "targetDate", "2027-06-30"))
                .post("/api/customers/" + id + "/account-plan/objectives").then().statusCode(403);
        as(registrar).get("/api/customers/" + id + "/stakeholders").then().statusCode(200).body("items", hasSize(0));

        // a finance member writes the account's data but does not manage its team
        as(financeMember).body(Map.of("username", "z.z", "role", "viewer")).post("/api/customers/" + id + "/account-team")
                .then().statusCode(403).body("detail", equalTo("a finance on the account team may not manage this account's team"));
        as(registrar).header("If-Match", "\"2\"").delete("/api/customers/" + id + "/account-team/vera.exec")
                .then().statusCode(200);
        as(registrar).get("/api/customers/" + id + "/account-team").then()
                .body("items.username", equalTo(List.of("finn.fin", "rita.dm"))).body("hasMore", equalTo(false));
    }

    @Test
    void anotherCustomersStakeholderOrObjectiveIsAnUnknownId() {
        String exec = TestTokens.bearer("ida.exec", "executive");
        String mine = customer(exec, "Mine Agency");
        String theirs = customer(exec, "Theirs Agency");
        String foreignStakeholder = addStakeholder(exec, theirs, stakeholder("Their Cio", "cio", 5, "champion", null));
        String foreignObjective = as(exec).body(Map.of("title", "Their goal", "targetDate", "2027-06-30"))
                .post("/api/customers/" + theirs + "/account-plan/objectives").then().statusCode(201).extract().path("id");
        String nowhere = java.util.UUID.randomUUID().toString();

        for (String stakeholderId : List.of(foreignStakeholder, nowhere)) {
            as(exec).body(Map.of("type", "qbr", "date", LocalDate.now().minusDays(1).toString(), "stakeholderIds",
                            List.of(stakeholderId), "summary", "QBR", "outcome", "positive"))
                    .post("/api/customers/" + mine + "/interactions").then().statusCode(422)
                    .body("type", containsString("unknown-stakeholder"))
                    .body("detail", equalTo("stakeholder " + stakeholderId + " does not exist"));
        }
        for (String objectiveId : List.of(foreignObjective, nowhere)) {
            as(exec).body(Map.of("name", "Landing zone", "objectiveId", objectiveId))
                    .post("/api/customers/" + mine + "/account-plan/initiatives").then().statusCode(422)
                    .body("type", containsString("unknown-objective"))
                    .body("detail", equalTo("objective " + objectiveId + " does not exist"));
        }
        as(exec).get("/api/customers/" + theirs + "/interactions").then().body("items", hasSize(0));
    }
}
