package io.adeplatform.billing;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Approvals need the realm role and an account role that allows them (executive or finance on the account); a viewer
 * never writes; nobody approves their own time; another customer's engagement is an engagement that exists nowhere.
 */
@QuarkusTest
class AccountRolesAndTenancyTest {

    /** Realm executive and finance, but only a viewer on the account. */
    private static final String VIEWING_BOSS = "vicky.boss";
    /** Realm finance, a delivery manager on the account. */
    private static final String DM_FINANCE = "dora.dmfin";
    /** Realm delivery manager and finance, finance on the account: may record time and approve others'. */
    private static final String BOTH = "sam.both";

    private static RequestSpecification as(String user, String... roles) {
        return given().header("Authorization", TestTokens.bearer(user, roles)).contentType(ContentType.JSON);
    }

    private static UUID customer() {
        return TestCustomers.register(PROJECTION, "Mixed roles " + UUID.randomUUID(), "enterprise",
                member(EXEC, "executive"), member(EXEC2, "executive"), member(FINANCE, "finance"),
                member(DM, "delivery-manager"), member(VIEWING_BOSS, "viewer"), member(DM_FINANCE, "delivery-manager"),
                member(BOTH, "finance"));
    }

    @Test
    void approvalsNeedAnApprovingAccountRoleAndAViewerNeverWrites() {
        UUID customer = customer();
        UUID engagement = engagement(customer);
        String id = create(contract(customer, null, List.of(fixedLine(engagement, "1000",
                List.of(installment("2026-01-31", "1000"))))));
        as(VIEWING_BOSS, "executive", "finance").body(contract(customer, null, List.of(tmLine(engagement, "1000", null))))
                .post("/api/contracts").then().statusCode(403).body("type", containsString("forbidden"));
        transition(as(EXEC, "executive"), "/api/contracts/" + id, "pending-approval").then().statusCode(200);
        transition(as(VIEWING_BOSS, "executive", "finance"), "/api/contracts/" + id, "approved").then().statusCode(403)
                .body("detail", equalTo("a viewer on the account team may not approve or reject this account's deals"));
        transition(as(DM_FINANCE, "finance"), "/api/contracts/" + id, "approved").then().statusCode(403);
        transition(as(DM_FINANCE, "finance"), "/api/contracts/" + id, Map.of("to", "rejected", "comment", "no")).then().statusCode(403);
        as(EXEC, "executive").get("/api/contracts/" + id).then().body("status", equalTo("pending-approval"));
        transition(as(FINANCE, "finance"), "/api/contracts/" + id, "approved").then().statusCode(200);

        activateApproved(id);
        List<String> drafts = as(FINANCE, "finance").body(Map.of("contractId", id, "asOf", "2026-02-01"))
                .post("/api/invoices/from-schedule").then().statusCode(201).extract().path("items.id");
        transition(as(VIEWING_BOSS, "executive", "finance"), "/api/invoices/" + drafts.get(0), "issued").then().statusCode(403);
        transition(as(DM_FINANCE, "finance"), "/api/invoices/" + drafts.get(0), "issued").then().statusCode(403);
        as(VIEWING_BOSS, "executive", "finance").body(Map.of("contractId", id, "asOf", "2026-02-01"))
                .post("/api/invoices/from-schedule").then().statusCode(403);
        as(FINANCE, "finance").get("/api/invoices/" + drafts.get(0)).then().body("status", equalTo("draft"));
        transition(as(FINANCE, "finance"), "/api/invoices/" + drafts.get(0), "issued").then().statusCode(200);
        transition(as(VIEWING_BOSS, "executive", "finance"), "/api/invoices/" + drafts.get(0), "void").then().statusCode(403);
    }

    @Test
    void nobodyApprovesTheirOwnTime() {
        UUID customer = customer();
        UUID engagement = engagement(customer);
        String id = create(contract(customer, null, List.of(tmLine(engagement, "10000", null))));
        transition(as(EXEC, "executive"), "/api/contracts/" + id, "pending-approval").then().statusCode(200);
        transition(as(FINANCE, "finance"), "/api/contracts/" + id, "approved").then().statusCode(200);
        activateApproved(id);
        Map<String, Object> hours = Map.of("engagementId", engagement, "person", "pat.person", "role", "architect",
                "date", "2026-03-10", "hours", 2);
        String entry = as(BOTH, "delivery-manager", "finance").body(hours).post("/api/billing/time-entries")
                .then().statusCode(201).extract().path("id");
        transition(as(BOTH, "delivery-manager", "finance"), "/api/billing/time-entries/" + entry, "approved").then()
                .statusCode(403).body("type", containsString("own-time-entry"));
        transition(as(DM_FINANCE, "finance"), "/api/billing/time-entries/" + entry, "approved").then().statusCode(403);
        as(FINANCE, "finance").get("/api/billing/time-entries/" + entry).then().body("approved", equalTo(false));
        transition(as(FINANCE, "finance"), "/api/billing/time-entries/" + entry, "approved").then().statusCode(200)
                .body("approved", equalTo(true));
    }

    @Test
    void anEngagementOfAnotherCustomerIsAnsweredLikeOneThatExistsNowhere() {
        UUID customer = customer();
        UUID other = customer();
        UUID theirs = engagement(other);
        for (UUID foreign : List.of(theirs, UUID.randomUUID())) {
            Map<String, Object> onLine = contract(customer, null, List.of(tmLine(foreign, "1000", null)));
            Map<String, Object> onContract = contract(customer, null, List.of(tmLine(null, "1000", null)));
            onContract.put("engagementIds", List.of(foreign));
            for (Map<String, Object> body : List.of(onLine, onContract)) {
                as(EXEC, "executive").body(body).post("/api/contracts").then().statusCode(422)
                        .body("type", containsString("unknown-engagement"))
                        .body("detail", equalTo("engagement " + foreign + " does not exist"));
            }
        }
        as(EXEC, "executive").get("/api/contracts?engagementId=" + theirs).then().body("items", hasSize(0));
    }

    @Test
    void aMilestoneOfAnotherCustomerIsAnsweredLikeOneThatExistsNowhere() {
        UUID customer = customer();
        UUID engagement = engagement(customer);
        UUID ours = milestone(engagement, customer);
        UUID other = customer();
        UUID theirs = milestone(engagement(other), other);
        for (UUID foreign : List.of(theirs, UUID.randomUUID())) {
            as(EXEC, "executive").body(contract(customer, null, List.of(milestoneLine(engagement, "1000", List.of(
                            Map.of("name", "Design", "amount", money("1000"), "milestoneId", foreign))))))
                    .post("/api/contracts").then().statusCode(422)
                    .body("type", containsString("unknown-milestone"))
                    .body("detail", equalTo("milestone " + foreign + " does not exist"));
        }
        as(EXEC, "executive").get("/api/contracts?customerId=" + customer).then().body("items", hasSize(0));
        as(EXEC, "executive").body(contract(customer, null, List.of(milestoneLine(engagement, "1000", List.of(
                        Map.of("name", "Design", "amount", money("1000"), "milestoneId", ours))))))
                .post("/api/contracts").then().statusCode(201);
    }

    /** From approved on: compliance, sign, activate (as the shared fixture does). */
    private static void activateApproved(String id) {
        List<String> items = as(EXEC, "executive").get("/api/contracts/" + id).path("compliance.item");
        for (String item : items) {
            comply(as(EXEC, "executive"), id, item, "done")
                    .then().statusCode(200);
        }
        transition(as(EXEC, "executive"), "/api/contracts/" + id, "signed").then().statusCode(200);
        transition(as(EXEC, "executive"), "/api/contracts/" + id, "active").then().statusCode(200);
    }
}
