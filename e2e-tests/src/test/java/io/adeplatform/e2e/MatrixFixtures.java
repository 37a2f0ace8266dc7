package io.adeplatform.e2e;

import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static io.adeplatform.e2e.DemoCaller.VIEWER;
import static org.awaitility.Awaitility.await;

/**
 * Two customers with one of everything, created through the gateway as a client would:
 * <ul>
 *   <li><b>member</b>: registered by ada.exec, whose account team also holds dan.delivery, fiona.finance and
 *       victor.viewer (every demo user but the admin, who sees everything anyway);</li>
 *   <li><b>non-member</b>: registered by alice.admin, whose team holds none of the other demo users (fiona.finance
 *       joins only for as long as it takes to approve its contract: an admin may not approve deals).</li>
 * </ul>
 * Both get a throw-away team member {@code matrix.temp} for the account-team endpoints that change or remove one.
 * Built on first use besides: {@link #scratchMember()} (a copy of the member for hostile requests) and
 * {@link #viewerOnly()} (realm executive and finance who are only viewers on the account).
 */
final class MatrixFixtures {

    static final String TEMP_MEMBER = "matrix.temp";
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(90);
    private static final List<String> PROJECTIONS = List.of("portfolio", "consumption", "escalations", "billing");
    private static MatrixFixtures instance;

    final CustomerFixtures member;
    final CustomerFixtures nonMember;
    private final GatewayClient api;
    private final LocalDate today = LocalDate.now();

    /** The member customer's team besides its registering executive, in the order it is added. */
    private static final Map<DemoCaller, String> MEMBER_TEAM = orderedTeam(DELIVERY_MANAGER, FINANCE, VIEWER);

    private CustomerFixtures scratchMember;
    private CustomerFixtures viewerOnly;

    private MatrixFixtures(RunningPlatform platform) {
        api = new GatewayClient(platform);
        member = new CustomerFixtures("member");
        nonMember = new CustomerFixtures("non-member");
        build(member, EXECUTIVE, MEMBER_TEAM);
        build(nonMember, ADMIN, Map.of());
    }

    /**
     * A second customer exactly like the member one (registered by ada.exec, the same team), built on first use, for
     * tests whose hostile requests might change what they touch when a defect lets them through: the shared member
     * fixtures stay as the security matrix expects them. It also has a {@code draftContract}, which writes may change.
     */
    synchronized CustomerFixtures scratchMember() {
        if (scratchMember == null) {
            CustomerFixtures f = new CustomerFixtures("scratch member");
            build(f, EXECUTIVE, MEMBER_TEAM);
            f.put("draftContract", draftContract(f, EXECUTIVE));
            scratchMember = f;
        }
        return scratchMember;
    }

    /**
     * A customer registered by alice.admin, with one of everything created by the admin, whose account team holds
     * ada.exec (realm executive) and fiona.finance (realm finance) only as <b>viewers</b>: the mixed-role case, where
     * the realm role would allow a write or an approval but the account role does not. fiona.finance is on the team
     * as finance while its contract is approved (an admin may not approve deals), then demoted to viewer. A second
     * contract ({@code submittedContract}) waits for approval, so an approval is refused for the role alone.
     */
    synchronized CustomerFixtures viewerOnly() {
        if (viewerOnly == null) {
            CustomerFixtures f = new CustomerFixtures("viewer-only");
            build(f, ADMIN, orderedTeam(FINANCE));
            String team = "/api/customers/" + f.id("customer") + "/account-team";
            int removed = api.as(ADMIN).header("If-Match", api.as(ADMIN).get("/api/customers/" + f.id("customer")).header("ETag"))
                    .delete(team + "/" + FINANCE.username).statusCode();
            if (removed != 200) {
                throw new AssertionError("fixture: removing " + FINANCE.username + " from the viewer-only team answered " + removed);
            }
            api.create(ADMIN, team, Map.of("username", FINANCE.username, "role", VIEWER.role));
            api.create(ADMIN, team, Map.of("username", EXECUTIVE.username, "role", VIEWER.role));
            String submitted = draftContract(f, ADMIN);
            String contract = "/api/contracts/" + submitted;
            for (Object item : api.as(ADMIN).get(contract).jsonPath().getList("compliance.item")) {
                change(ADMIN, contract, contract + "/compliance/" + item, Map.of("note", "done"));
            }
            change(ADMIN, contract, contract + "/transitions", Map.of("to", "pending-approval"));
            f.put("submittedContract", submitted);
            awaitRole(f.id("customer"), FINANCE.username, VIEWER.role);
            awaitRole(f.id("customer"), EXECUTIVE.username, VIEWER.role);
            viewerOnly = f;
        }
        return viewerOnly;
    }

    private static Map<DemoCaller, String> orderedTeam(DemoCaller... callers) {
        Map<DemoCaller, String> team = new java.util.LinkedHashMap<>();
        for (DemoCaller caller : callers) {
            team.put(caller, caller.role);
        }
        return team;
    }

    /** The smallest body relationship-service keeps as a status pack: the PDF header and trailer. */
    static final byte[] TINY_PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static synchronized MatrixFixtures get(RunningPlatform platform) {
        if (instance == null) {
            instance = new MatrixFixtures(platform);
        }
        return instance;
    }

    /** One of everything for a customer registered by owner, whose team also gets these users with these roles. */
    private void build(CustomerFixtures f, DemoCaller owner, Map<DemoCaller, String> teamMembers) {
        String customer = api.createId(owner, "/api/customers",
                Map.of("name", "Matrix " + f.label + " " + UUID.randomUUID(), "segment", "state-government"));
        f.put("customer", customer);
        String team = "/api/customers/" + customer + "/account-team";
        String lastAdded = owner.username;
        for (Map.Entry<DemoCaller, String> joining : teamMembers.entrySet()) {
            api.create(owner, team, Map.of("username", joining.getKey().username, "role", joining.getValue()));
            lastAdded = joining.getKey().username;
        }
        api.create(owner, team, Map.of("username", TEMP_MEMBER, "role", "viewer"));
        f.put("teamMember", TEMP_MEMBER);
        f.put("severity", "low");
        relationship(f, owner);
        awaitProjections(customer, lastAdded, true);
        portfolio(f, owner);
        consumption(f, owner);
        escalation(f, owner);
        billing(f, owner, FINANCE.role.equals(teamMembers.get(FINANCE)));
    }

    private void relationship(CustomerFixtures f, DemoCaller owner) {
        String base = "/api/customers/" + f.id("customer");
        String stakeholder = api.createId(owner, base + "/stakeholders",
                Map.of("name", "Casey Chen", "title", "CIO", "roleType", "cio", "influence", 5, "stance", "champion"));
        f.put("stakeholder", stakeholder);
        f.put("interaction", api.createId(owner, base + "/interactions", Map.of("type", "meeting", "date", today.toString(),
                "stakeholderIds", List.of(stakeholder), "summary", "Kick-off of the matrix fixtures")));
        String objective = api.createId(owner, base + "/account-plan/objectives", Map.of("title", "Modernise tax filing"));
        f.put("objective", objective);
        f.put("initiative", api.createId(owner, base + "/account-plan/initiatives",
                Map.of("name", "Cloud landing zone", "objectiveId", objective)));
        f.put("opportunity", api.createId(owner, base + "/account-plan/opportunities", Map.of("name", "Data platform",
                "estimatedValue", money(250000), "expectedCloseDate", today.plusDays(90).toString())));
        // a detractor's answer: it opens the follow-up the matrix reads and moves
        f.put("satisfactionSurvey", api.createId(owner, base + "/satisfaction-surveys", Map.of("stakeholderId", stakeholder,
                "csat", 2, "nps", 3, "respondedOn", today.toString(), "verbatim", "Too many handovers")));
        f.put("satisfactionFollowUp", api.as(owner).get(base + "/satisfaction-follow-ups").jsonPath().getString("items[0].id"));
        // only the reporter (the gateway's machine identity) keeps status packs
        f.put("statusPack", api.as(DemoCaller.REPORTER).contentType("application/pdf").queryParam("asOf", today.toString())
                .body(TINY_PDF).post(base + "/status-packs").then().statusCode(201).extract().path("id"));
    }

    private void portfolio(CustomerFixtures f, DemoCaller owner) {
        String engagement = api.createId(owner, "/api/engagements", Map.of("customerId", f.id("customer"),
                "name", "Tax platform migration", "offering", "Cloud migration", "deliveryManager", DELIVERY_MANAGER.username,
                "startDate", today.minusDays(30).toString(), "endDate", today.plusDays(300).toString(), "budget", money(500000)));
        f.put("engagement", engagement);
        String base = "/api/engagements/" + engagement;
        f.put("milestone", api.createId(owner, base + "/milestones",
                Map.of("name", "Design accepted", "dueDate", today.plusDays(30).toString(), "amount", money(50000))));
        f.put("raidRisk", api.createId(owner, base + "/raid", Map.of("type", "risk", "title", "Key staff leave",
                "owner", DELIVERY_MANAGER.username, "probability", 3, "impact", 4)));
        f.put("statusReport", api.createId(owner, base + "/status-reports", Map.of("summary", "On track")));
        f.put("steeringMeeting", api.createId(owner, base + "/steering-meetings", Map.of("date", today.toString(),
                "attendees", List.of("Casey Chen"), "agenda", List.of("Scope"))));
        f.put("cost", api.createId(owner, base + "/costs", Map.of("date", today.toString(), "amount", money(800),
                "description", "Workshop venue")));
        // a submitted resource request: people can be assigned to it
        String request = api.createId(owner, base + "/resource-requests", Map.of("role", "Cloud architect",
                "skills", List.of("Terraform"), "fte", 1, "costRate", money(95), "startDate", today.toString(),
                "endDate", today.plusDays(60).toString()));
        String requestPath = base + "/resource-requests/" + request;
        api.as(owner).header("If-Match", api.as(owner).get(requestPath).header("ETag")).contentType("application/json")
                .body(Map.of("to", "submitted")).post(requestPath + "/transitions").then().statusCode(200);
        f.put("resourceRequest", request);
        // a gate the fixture engagement has not passed, a review of another gate with a finding remediated by an action
        f.put("qualityGate", "deliverable-acceptance");
        String review = api.createId(owner, base + "/quality-reviews", Map.of("gate", "solution-review",
                "reviewer", owner.username));
        f.put("qualityReview", review);
        f.put("qualityFinding", api.createId(owner, base + "/quality-findings", Map.of("reviewId", review,
                "severity", "low", "title", "Runbook typos", "remediation",
                Map.of("owner", DELIVERY_MANAGER.username, "dueDate", today.plusDays(14).toString()))));
    }

    private void consumption(CustomerFixtures f, DemoCaller owner) {
        String subscription = "sub-" + UUID.randomUUID();
        api.createOnceEngagementKnown(owner, "/api/consumption/subscriptions", Map.of("id", subscription, "name", "Production",
                "customerId", f.id("customer"), "engagementId", f.id("engagement")));
        f.put("subscription", subscription);
        String base = "/api/consumption/customers/" + f.id("customer");
        f.put("goal", api.createId(owner, base + "/goals", Map.of("month", YearMonth.now().toString(), "target", money(10000))));
        f.put("commitment", api.createId(owner, base + "/commitments", Map.of("amount", money(1000000),
                "startDate", today.minusDays(30).toString(), "endDate", today.plusDays(700).toString())));
        f.put("blocker", api.createId(owner, base + "/blockers",
                Map.of("description", "Landing zone not approved", "category", "technical", "owner", DELIVERY_MANAGER.username)));
    }

    private void escalation(CustomerFixtures f, DemoCaller owner) {
        f.put("escalation", api.createId(owner, "/api/escalations", Map.of("customerId", f.id("customer"),
                "title", "Cut-over slipped", "description", "The cut-over weekend was missed", "severity", "medium",
                "category", "delivery", "source", "customer")));
        f.put("timelineEntry", api.createId(owner, "/api/escalations/" + f.id("escalation") + "/timeline",
                Map.of("text", "Customer called", "visibility", "internal")));
    }

    /**
     * An active contract (fixed-fee line with one installment already due, time-and-materials line), a time entry
     * and a draft invoice. Submitted by the admin, so executive and finance may still approve (separation of duties).
     */
    private void billing(CustomerFixtures f, DemoCaller owner, boolean financeOnTeam) {
        String engagement = f.id("engagement");
        await().atMost(PROJECTION_WAIT).until(() -> api.as(ADMIN)
                .get("/api/billing/engagements/" + engagement + "/profitability").statusCode() == 200);
        var contract = api.createOnceEngagementKnown(owner, "/api/contracts", Map.of("customerId", f.id("customer"), "title", "Migration SOW",
                "currency", "USD", "engagementIds", List.of(engagement), "lines", List.of(
                        Map.of("description", "Fixed fee", "billingMethod", "fixed-fee", "engagementId", engagement,
                                "value", money(100000), "schedule", List.of(
                                        Map.of("dueDate", today.minusDays(1).toString(), "amount", money(40000)),
                                        Map.of("dueDate", today.plusDays(60).toString(), "amount", money(60000)))),
                        Map.of("description", "Time and materials", "billingMethod", "time-and-materials",
                                "engagementId", engagement, "value", money(200000), "rateCard", List.of(
                                        Map.of("role", "consultant", "billRate", money(150), "costRate", money(90)))))));
        String id = contract.path("id").toString();
        f.put("contract", id);
        f.put("fixedFeeLine", contract.path("lines[0].id").toString());
        f.put("complianceItem", "legal-review");
        List<String> items = contract.path("compliance.item");
        String base = "/api/contracts/" + id;
        for (String item : items) {
            change(owner, base, base + "/compliance/" + item, Map.of("note", "done"));
        }
        change(ADMIN, base, base + "/transitions", Map.of("to", "pending-approval"));
        boolean temporaryFinance = !financeOnTeam;
        if (temporaryFinance) {
            api.create(owner, "/api/customers/" + f.id("customer") + "/account-team",
                    Map.of("username", FINANCE.username, "role", FINANCE.role));
            awaitProjections(f.id("customer"), FINANCE.username, true);
        }
        change(FINANCE, base, base + "/transitions", Map.of("to", "approved", "comment", "within budget"));
        if (temporaryFinance) {
            String customer = "/api/customers/" + f.id("customer");
            int status = api.as(owner).header("If-Match", api.as(ADMIN).get(customer).header("ETag"))
                    .delete(customer + "/account-team/" + FINANCE.username).statusCode();
            if (status != 200) {
                throw new AssertionError("fixture: removing " + FINANCE.username + " from the non-member team answered " + status);
            }
            awaitProjections(f.id("customer"), FINANCE.username, false);
        }
        change(owner, base, base + "/transitions", Map.of("to", "signed"));
        change(owner, base, base + "/transitions", Map.of("to", "active"));
        f.put("timeEntry", api.createId(owner, "/api/billing/time-entries", Map.of("engagementId", engagement,
                "person", DELIVERY_MANAGER.username, "role", "consultant", "date", today.minusDays(1).toString(), "hours", 8)));
        List<Object> invoices = api.create(owner, "/api/invoices/from-schedule",
                Map.of("contractId", id, "asOf", today.toString())).path("items.id");
        String invoice = "/api/invoices/" + invoices.get(0);
        f.put("invoice", invoices.get(0).toString());
        // issued, so it can carry the credit note its reads need (issuing it again is then a refused move)
        change(owner, invoice, invoice + "/transitions", Map.of("to", "issued"));
        f.put("creditNote", api.createId(owner, invoice + "/credit-notes", Map.of("amount", money(100), "reason", "goodwill")));
        // a revenue target to read and replace (the matrix creates fiscal year 2028's)
        api.create(owner, "/api/billing/revenue-targets", Map.of("customerId", f.id("customer"), "fiscalYear", 2027,
                "target", money(1000000)));
        f.put("fiscalYear", "2027");
    }

    /** A draft contract with one fixed-fee line for the customer's engagement: what a contract write may change. */
    private String draftContract(CustomerFixtures f, DemoCaller owner) {
        String engagement = f.id("engagement");
        return api.createId(owner, "/api/contracts", Map.of("customerId", f.id("customer"), "title", "Change request",
                "currency", "USD", "engagementIds", List.of(engagement), "lines", List.of(
                        Map.of("description", "Fixed fee", "billingMethod", "fixed-fee", "engagementId", engagement,
                                "value", money(10000), "schedule", List.of(
                                        Map.of("dueDate", today.plusDays(30).toString(), "amount", money(10000)))))));
    }

    /** A POST changing the item at {@code item} (a transition, a checklist item), with the item's ETag as If-Match. */
    private void change(DemoCaller caller, String item, String path, Object body) {
        var response = api.as(caller).contentType(ContentType.JSON).header("If-Match", api.as(ADMIN).get(item).header("ETag"))
                .body(body).post(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("fixture: POST " + path + " as " + caller.username + " answered "
                    + response.statusCode() + ": " + response.asString());
        }
    }

    /** Waits until every other service's customer projection lists (or no longer lists) a user on the team. */
    private void awaitProjections(String customer, String username, boolean listed) {
        for (String area : PROJECTIONS) {
            await().atMost(PROJECTION_WAIT).until(() -> {
                var response = api.as(ADMIN).get("/api/" + area + "/customer-projections/" + customer);
                if (response.statusCode() != 200) {
                    return false;
                }
                List<String> team = response.path("accountTeam.username");
                return team.contains(username) == listed;
            });
        }
    }

    /** Waits until every other service's customer projection shows the user on the team with this account role. */
    private void awaitRole(String customer, String username, String role) {
        for (String area : PROJECTIONS) {
            await().atMost(PROJECTION_WAIT).until(() -> {
                var response = api.as(ADMIN).get("/api/" + area + "/customer-projections/" + customer);
                if (response.statusCode() != 200) {
                    return false;
                }
                List<Map<String, Object>> team = response.path("accountTeam");
                return team.stream().anyMatch(m -> username.equals(m.get("username")) && role.equals(m.get("role")));
            });
        }
    }

    /** Money as the API reads it: the amount a decimal string (contracts/README.md). */
    static Map<String, Object> money(long amount) {
        return Map.of("amount", amount + ".00", "currency", "USD");
    }
}
