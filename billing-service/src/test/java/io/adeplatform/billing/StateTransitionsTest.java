package io.adeplatform.billing;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * One style for every state machine of billing: {@code POST <item>/transitions {"to": …}} with a required If-Match
 * (428 without, 412 when stale), 200 with the item and its new ETag, and an illegal move a 409 naming {@code from},
 * {@code to} and the {@code allowed} targets. The old verb paths are gone.
 */
@QuarkusTest
class StateTransitionsTest {

    @Test
    void contractMovesNeedTheCurrentVersionAndNameWhereTheContractMayGo() {
        UUID customer = customer("enterprise");
        String id = create(contract(customer, null, List.of(tmLine(engagement(customer), "1000", null))));
        String contract = "/api/contracts/" + id;
        Map<String, Object> submit = Map.of("to", "pending-approval");
        as(EXEC).body(submit).post(contract + "/transitions").then().statusCode(428)
                .contentType("application/problem+json");
        as(EXEC).header("If-Match", "\"7\"").body(submit).post(contract + "/transitions").then().statusCode(412);
        as(OUTSIDER).body(submit).post(contract + "/transitions").then().statusCode(404); // not found before 428
        // moves that are no move: bad targets are 400s naming the field; a comment only goes with a decision
        for (String to : List.of("draft", "bogus")) {
            transition(as(EXEC), contract, to).then().statusCode(400).body("errors[0].field", equalTo("to"));
        }
        transition(as(EXEC), contract, Map.of("to", "pending-approval", "comment", "please")).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        transition(as(EXEC), contract, "signed").then().statusCode(409)
                .body("type", containsString("illegal-transition"))
                .body("from", equalTo("draft")).body("to", equalTo("signed"))
                .body("allowed", equalTo(List.of("pending-approval")));

        String draft = etag(contract);
        String pending = transition(as(EXEC), contract, "pending-approval").then().statusCode(200)
                .body("status", equalTo("pending-approval")).extract().header("ETag");
        assertThat(pending).isNotEqualTo(draft);
        as(EXEC).header("If-Match", draft).body(submit).post(contract + "/transitions").then().statusCode(412);
        transition(as(EXEC), contract, "active").then().statusCode(409)
                .body("allowed", equalTo(List.of("approved", "rejected")));
        // an admin moves contracts, but deal approval is finance's and the executives'
        transition(as("root"), contract, "approved").then().statusCode(403);
        transition(as("root"), contract, Map.of("to", "rejected", "comment", "no")).then().statusCode(403);
        transition(as(FINANCE), contract, "approved").then().statusCode(200).body("status", equalTo("approved"))
                .header("ETag", not(equalTo(pending)));
        // the checklist is an update of the contract: If-Match required
        as(EXEC).body(Map.of()).post(contract + "/compliance/legal-review").then().statusCode(428);
        as(EXEC).header("If-Match", pending).body(Map.of()).post(contract + "/compliance/legal-review").then().statusCode(412);
        comply(as(EXEC), id, "legal-review", null).then().statusCode(200);
        // the old verbs are gone
        for (String verb : List.of("submit", "approve", "reject", "sign", "activate", "close")) {
            assertThat(as(EXEC).header("If-Match", etag(contract)).body(Map.of()).post(contract + "/" + verb).statusCode())
                    .as(verb).isIn(404, 405);
        }
    }

    @Test
    void aContractIsFinalOnceRejectedOrClosed() {
        UUID customer = customer("enterprise");
        String id = create(contract(customer, null, List.of(tmLine(engagement(customer), "1000", null))));
        String contract = "/api/contracts/" + id;
        transition(as(EXEC), contract, "pending-approval").then().statusCode(200);
        transition(as(FINANCE), contract, Map.of("to", "rejected", "comment", "rates too low")).then().statusCode(200);
        transition(as(EXEC), contract, "pending-approval").then().statusCode(409)
                .body("from", equalTo("rejected")).body("allowed", equalTo(List.of()));
    }

    @Test
    void invoiceMovesNeedTheCurrentVersionAndOverdueIsNotAClientsMove() {
        UUID customer = customer("enterprise");
        String contractId = create(contract(customer, null, List.of(fixedLine(engagement(customer), "1000",
                List.of(installment("2026-01-31", "1000"))))));
        activate(contractId);
        String id = as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-02-01"))
                .post("/api/invoices/from-schedule").then().statusCode(201).extract().path("items[0].id");
        String invoice = "/api/invoices/" + id;
        as(FINANCE).body(Map.of("to", "issued")).post(invoice + "/transitions").then().statusCode(428);
        as(FINANCE).header("If-Match", "\"99\"").body(Map.of("to", "issued")).post(invoice + "/transitions")
                .then().statusCode(412);
        transition(as(FINANCE), invoice, "overdue").then().statusCode(400).body("errors[0].field", equalTo("to"));
        transition(as(FINANCE), invoice, Map.of("to", "void", "invoiceDate", "2026-01-31")).then().statusCode(400)
                .body("errors[0].field", equalTo("invoiceDate"));
        transition(as(FINANCE), invoice, "paid").then().statusCode(409)
                .body("from", equalTo("draft")).body("to", equalTo("paid")).body("allowed", equalTo(List.of("issued", "void")));
        String draft = etag(invoice);
        transition(as(FINANCE), invoice, "issued").then().statusCode(200).body("status", equalTo("issued"))
                .header("ETag", not(equalTo(draft)));
        transition(as(FINANCE), invoice, "issued").then().statusCode(409).body("allowed", equalTo(List.of("paid", "void")));
        transition(as(FINANCE), invoice, "paid").then().statusCode(200).body("status", equalTo("paid"));
        transition(as(FINANCE), invoice, "void").then().statusCode(409).body("allowed", equalTo(List.of()));
        for (String verb : List.of("issue", "pay", "void")) {
            assertThat(as(FINANCE).header("If-Match", etag(invoice)).body(Map.of()).post(invoice + "/" + verb).statusCode())
                    .as(verb).isIn(404, 405);
        }
    }

    @Test
    void aTimeEntryIsApprovedThroughItsTransitionsWithItsVersion() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        activate(create(contract(customer, null, List.of(tmLine(engagement, "10000", null)))));
        String id = as(DM).body(Map.of("engagementId", engagement, "person", "pat.person", "role", "architect",
                        "date", "2026-03-10", "hours", 2)).post("/api/billing/time-entries").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("recorded")).body("version", equalTo(0))
                .extract().path("id");
        String entry = "/api/billing/time-entries/" + id;
        as(VIEWER).get(entry).then().statusCode(200).header("ETag", equalTo("\"0\""));
        as(FINANCE).body(Map.of("to", "approved")).post(entry + "/transitions").then().statusCode(428);
        as(FINANCE).header("If-Match", "\"3\"").body(Map.of("to", "approved")).post(entry + "/transitions").then().statusCode(412);
        transition(as(FINANCE), entry, "recorded").then().statusCode(400).body("errors[0].field", equalTo("to"));
        transition(as(FINANCE), entry, "approved").then().statusCode(200)
                .body("status", equalTo("approved")).body("approved", equalTo(true)).body("approvedBy", equalTo(FINANCE))
                .header("ETag", equalTo("\"1\""));
        transition(as(FINANCE), entry, "approved").then().statusCode(409).body("type", containsString("already-approved"));
        assertThat(as(FINANCE).header("If-Match", etag(entry)).post(entry + "/approve").statusCode()).isIn(404, 405);
    }
}
