package io.adeplatform.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An accepted milestone that billing invoices: billing bills a milestone only from a signed contract's milestone line
 * naming it, so the fixture plans the milestone, puts it on a contract the writer submits, finance approves and the
 * writer signs (after the compliance checklist), and only then accepts it. Everything goes through the gateway.
 */
final class BillableMilestone {

    private static final Map<String, Object> AMOUNT = Map.of("amount", "5000.00", "currency", "USD");
    /** How long the other services' projections may take to learn a new engagement, milestone or team member. */
    private static final Duration PROJECTED = Duration.ofSeconds(60);

    private BillableMilestone() {
    }

    /** The milestone's id, once it is accepted under a signed contract. */
    static String accepted(FaultPlatform platform, String customer) {
        String gateway = platform.gateway();
        String writer = Users.writer();
        String engagement = expect(201, "creating the engagement", () -> Api.post(gateway + "/api/engagements", writer,
                LedgerWrite.ENGAGEMENT.body("milestone-" + UUID.randomUUID(), customer), Map.of())).text("id");
        String milestones = gateway + "/api/engagements/" + engagement + "/milestones";
        String milestone = expect(201, "creating the milestone", () -> Api.post(milestones, writer, Map.of(
                "name", "Design accepted", "dueDate", LocalDate.now().plusDays(10).toString(), "amount", AMOUNT),
                Map.of())).text("id");
        signedContract(platform, customer, engagement, milestone);
        String item = milestones + "/" + milestone;
        for (String to : List.of("achieved", "accepted")) {
            expect(200, "milestone → " + to, () -> Api.change("POST", item + "/transitions", item, writer, Map.of("to", to)));
        }
        return milestone;
    }

    private static void signedContract(FaultPlatform platform, String customer, String engagement, String milestone) {
        String gateway = platform.gateway();
        String writer = Users.writer();
        expect(201, "adding the finance approver", () -> Api.post(gateway + "/api/customers/" + customer + "/account-team",
                writer, Map.of("username", Users.FINANCE, "role", "finance"), Map.of()));
        Map<String, Object> line = Map.of("description", "Design phase", "billingMethod", "milestone",
                "engagementId", engagement, "value", AMOUNT, "milestones",
                List.of(Map.of("name", "Design accepted", "amount", AMOUNT, "milestoneId", milestone)));
        Map<String, Object> terms = Map.of("customerId", customer, "title", "Design phase " + UUID.randomUUID(),
                "currency", "USD", "lines", List.of(line));
        // 422 until billing's reference projection knows the engagement and the milestone
        String contracts = gateway + "/api/contracts/";
        String id = awaitStatus(201, "creating the contract", () -> Api.post(gateway + "/api/contracts", writer, terms,
                Map.of())).text("id");
        String contract = contracts + id;
        expect(200, "submitting the contract", () -> Api.change("POST", contract + "/transitions", contract, writer,
                Map.of("to", "pending-approval")));
        // 404 until billing's customer projection has the approver on the team
        awaitStatus(200, "approving the contract", () -> Api.change("POST", contract + "/transitions", contract,
                Users.finance(), Map.of("to", "approved")));
        for (JsonNode item : Api.get(contract, writer).body().path("compliance")) {
            expect(200, "completing " + item.path("item").asText(), () -> Api.change("POST", contract + "/compliance/"
                    + item.path("item").asText(), contract, writer, Map.of("note", "done by the fault suite")));
        }
        expect(200, "signing the contract", () -> Api.change("POST", contract + "/transitions", contract, writer,
                Map.of("to", "signed")));
    }

    private static Api.Answer expect(int status, String what, Supplier<Api.Answer> call) {
        Api.Answer answer = call.get();
        if (answer.status() != status) {
            throw new AssertionError(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static Api.Answer awaitStatus(int status, String what, Supplier<Api.Answer> call) {
        Instant deadline = Instant.now().plus(PROJECTED);
        while (true) {
            Api.Answer answer = call.get();
            if (answer.status() == status || Instant.now().isAfter(deadline)) {
                return expect(status, what, () -> answer);
            }
            Api.sleep(250);
        }
    }
}
