package io.adeplatform.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static io.adeplatform.e2e.DemoCaller.PARTNER;
import static io.adeplatform.e2e.DemoCaller.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security matrix of issue 8: every operation of every service, read from the services' OpenAPI documents (so a
 * new endpoint is covered without touching this test), called through the gateway with real Keycloak tokens of
 * every realm role. The roles an operation allows come from its document (platform/security writes them in
 * {@code x-roles} beside the bearer requirement); a separate test checks those documented roles against DESIGN.md's
 * rules, so the matrix cannot merely agree with the annotations.
 *
 * <p>Callers: ada.exec (executive), dan.delivery (delivery-manager), fiona.finance (finance), victor.viewer (viewer),
 * alice.admin (admin) and the ade-partner client (partner). Path parameters are taken from {@link MatrixFixtures}:
 * a <b>member</b> customer whose team holds the four non-admin users, and a <b>non-member</b> customer whose team
 * holds none of them. A path parameter no fixture maps fails the test, naming the fixture to add.
 *
 * <p>Rules, per call:
 * <ol>
 *   <li><b>No token</b> → 401 through the gateway, and 401 straight at the service (services validate tokens too).</li>
 *   <li><b>Wrong role</b> (every caller whose role the operation does not allow), on the member's data → 403.</li>
 *   <li><b>Member with an allowed role</b> (admin included) → a read is 2xx; a write has passed authorization: not
 *       401/403/404. Writes whose fixture state makes them 409/422 (a second transition, a contract no longer in
 *       draft) count as authorized; how many writes reached a full 2xx is printed. The partner is never on an
 *       account team, so where its role is allowed it is checked as a non-member of the member customer.</li>
 *   <li><b>Non-member with an allowed role</b> (the four non-admin users on the non-member customer):
 *     <ul>
 *       <li>customer-scoped operations — a path parameter names the customer's data → 404; operations whose body
 *           alone names it (create with {@code customerId} in the body, time entry for its engagement, invoice from
 *           its contract) → 404 or 422. Either way the answer equals, to the detail text (ids replaced by fixture
 *           names), the answer to the same request naming ids that exist nowhere: the caller cannot tell the data
 *           exists, nor which customer owns it;</li>
 *       <li>lists (no customer in the path) — 2xx or 404, and the answer names none of the non-member's ids
 *           (lists filtered by {@code customerId} get the non-member's id as filter);</li>
 *       <li>the usage CSV upload is filtered by design: 2xx with no row accepted;</li>
 *       <li>operations not about any customer (creating a customer, SLA policies) have no non-member case.</li>
 *     </ul></li>
 *   <li>No call of any kind answers 5xx; 401, 403 and 404 are problem details.</li>
 * </ol>
 * Order: reads first, then writes, then terminal moves (close, void, pay, reject, archive) and deletions, so that a
 * write does not needlessly spoil the fixtures the next one needs.
 */
class SecurityMatrixTest {

    private static final Set<DemoCaller> MEMBERS = EnumSet.of(EXECUTIVE, DELIVERY_MANAGER, FINANCE, VIEWER);
    private static final List<String> TERMINAL = List.of("/close", "/void", "/pay", "/reject", "/customers/{id}/transitions");
    /** Operations whose non-member answer is, by design, not a 404. */
    private static final Map<String, Predicate<Response>> FILTERED_FOR_NON_MEMBERS = Map.of(
            "POST /api/consumption/usage", response -> response.statusCode() == 200
                    && Integer.valueOf(0).equals(response.path("accepted")));

    /**
     * Reads kept for admins: the audit of admin actions across customers (a subscription's transfers name the
     * customers that held it before, which the current holder's team may not see).
     */
    private static final Set<String> ADMIN_AUDITS = Set.of("GET /api/consumption/subscriptions/{id}/transfers");

    /** What an authorized write may still answer: invalid for the fixture's state, stale or missing If-Match. */
    private static final Set<Integer> AUTHORIZED_BUT_REFUSED = Set.of(400, 409, 412, 422, 428);

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.start();
    }

    /**
     * Writes the realm role allows but the caller's place on the member account does not (issue 14, platform/security
     * AccountAction): only the account's executive manages its team (dan and fiona are its delivery manager and
     * finance), nobody approves a time entry they recorded (the fixture's entry is recorded by ada.exec), and an admin
     * may move a contract but not approve it.
     */
    static boolean refusedByAccountRole(ApiOperation operation, DemoCaller caller) {
        if (caller == ADMIN) {
            // the matrix's contract move is an approval (RequestBodies): deals are decided by finance and executives
            return operation.key().equals("POST /api/contracts/{id}/transitions");
        }
        boolean team = operation.path().contains("/account-team") && !operation.isRead();
        boolean ownTime = operation.path().startsWith("/api/billing/time-entries/") && operation.path().endsWith("/transitions");
        return team && caller != EXECUTIVE || ownTime && caller == EXECUTIVE;
    }

    @Test
    void theGatewayDocumentsEveryOperationOfEveryService() {
        Set<String> services = api.operations().stream().map(ApiOperation::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(api.operations()).as("operations in the services' documents").hasSizeGreaterThan(100);
        assertThat(ServiceDocuments.gatewayOperationKeys(api.platform())).containsAll(services);
    }

    /** DESIGN.md's rules, checked against the documented roles independently of the matrix. */
    @Test
    void documentedRolesFollowTheDesignRules() {
        List<String> violations = new ArrayList<>();
        for (ApiOperation operation : api.operations()) {
            if (operation.roles().isEmpty()) {
                violations.add(operation.key() + ": no security requirement in the document");
                continue;
            }
            Set<String> roles = operation.allowedRoles();
            roles.forEach(DemoCaller::withRole);
            if (operation.isRead() && !roles.contains(VIEWER.role) && !ADMIN_AUDITS.contains(operation.key())) {
                violations.add(operation.key() + ": viewers read everything, but only " + roles + " may");
            }
            if (!operation.isRead() && (roles.contains(VIEWER.role) || roles.contains(PARTNER.role))) {
                violations.add(operation.key() + ": viewers and partners never write, but the roles are " + roles);
            }
            if (!operation.isRead() && roles.isEmpty()) {
                violations.add(operation.key() + ": a write open to every role");
            }
            // a contract's moves include its approval and rejection, a time entry's its approval
            if (operation.path().equals("/api/contracts/{id}/transitions")
                    && !(Set.of("executive", "finance", "admin").containsAll(roles)
                    && roles.containsAll(Set.of("executive", "finance")))) {
                violations.add(operation.key() + ": only finance and executives (and admin) decide deals, not " + roles);
            }
            if (operation.path().equals("/api/billing/time-entries/{id}/transitions")
                    && !Set.of("executive", "finance", "admin").containsAll(roles)) {
                violations.add(operation.key() + ": approvals belong to finance and executives, not " + roles);
            }
        }
        assertThat(violations).as("operations breaking DESIGN.md's security rules").isEmpty();
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsRolesAndAccountTeamsDemand() {
        MatrixFixtures fixtures = MatrixFixtures.get(api.platform());
        List<String> failures = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int checks = 0;
        int writes = 0;
        int fullSuccessWrites = 0;
        int meaningfulListChecks = 0;
        List<ApiOperation> ordered = api.operations().stream().sorted(Comparator.comparingInt(SecurityMatrixTest::rank)).toList();
        for (ApiOperation operation : ordered) {
            if (operation.roles().isEmpty()) {
                failures.add(operation.key() + ": not documented as secured (no security requirement)");
                continue;
            }
            Set<String> allowed = operation.allowedRoles();
            StringBuilder row = new StringBuilder(String.format("%-7s%-72s", operation.method(), operation.path()));

            Response anonymous = api.calls().call(operation, null, fixtures.member);
            expect(failures, operation, "no token (gateway)", anonymous, status -> status == 401);
            Response direct = api.calls().callServiceWithoutToken(operation, fixtures.member);
            expect(failures, operation, "no token (service)", direct, status -> status == 401);
            row.append(" none:").append(anonymous.statusCode()).append('/').append(direct.statusCode());
            checks += 2;

            for (DemoCaller caller : DemoCaller.values()) {
                if (!allowed.contains(caller.role)) {
                    Response response = api.calls().call(operation, caller, fixtures.member);
                    expect(failures, operation, caller.username + " (role not allowed)", response, status -> status == 403);
                    row.append(' ').append(caller.role).append(':').append(response.statusCode());
                    checks++;
                }
            }

            boolean scoped = isCustomerScoped(operation, fixtures);
            boolean anyFullSuccess = false;
            for (DemoCaller caller : DemoCaller.values()) {
                if (!allowed.contains(caller.role)) {
                    continue;
                }
                boolean list = operation.pathParameters().isEmpty() && operation.isRead();
                if (caller == PARTNER && (scoped || list)) {
                    // never on a team: a non-member of the member customer
                    Response response = api.calls().call(operation, caller, fixtures.member);
                    meaningfulListChecks += checkNonMember(failures, operation, caller, response, fixtures.member, scoped);
                    row.append(" partner(non-member):").append(response.statusCode());
                    checks++;
                    continue;
                }
                Response response = api.calls().callAsMember(operation, caller, fixtures.member);
                int status = response.statusCode();
                if (operation.isRead()) {
                    expect(failures, operation, caller.username + " (member, allowed)", response, s -> s / 100 == 2);
                } else if (refusedByAccountRole(operation, caller)) {
                    expect(failures, operation, caller.username + " (realm role allowed, account role not)", response,
                            s -> s == 403);
                } else {
                    expect(failures, operation, caller.username + " (member, allowed)", response,
                            s -> s / 100 == 2 || AUTHORIZED_BUT_REFUSED.contains(s));
                    anyFullSuccess |= status / 100 == 2;
                }
                row.append(' ').append(caller.role).append(':').append(status);
                checks++;
            }
            if (!operation.isRead()) {
                writes++;
                fullSuccessWrites += anyFullSuccess ? 1 : 0;
            }

            if (scoped || operation.pathParameters().isEmpty() && operation.isRead()) {
                for (DemoCaller caller : MEMBERS) {
                    if (!allowed.contains(caller.role)) {
                        continue;
                    }
                    Response response = api.calls().call(operation, caller, fixtures.nonMember);
                    meaningfulListChecks += checkNonMember(failures, operation, caller, response, fixtures.nonMember, scoped);
                    row.append(" non-member ").append(caller.role).append(':').append(response.statusCode());
                    checks++;
                }
            }
            rows.add(row.toString());
        }
        System.out.println("Security matrix: " + ordered.size() + " operations, " + checks + " calls checked; "
                + fullSuccessWrites + " of " + writes + " writes reached a full 2xx for at least one allowed member; "
                + meaningfulListChecks + " list answers to outsiders checked against ids the admin saw there");
        rows.forEach(System.out::println);
        assertThat(meaningfulListChecks).as("list leak checks where the admin did see the outsider's data").isPositive();
        assertThat(failures).as("security matrix failures").isEmpty();
    }

    /**
     * A caller outside the customer's team: customer-scoped operations answer 404 (or what a filtering endpoint
     * promises); lists answer 2xx or 404 without any of the customer's ids. Answers 1 when a list check was meaningful
     * (the admin's answer to the same request does name some of those ids).
     */
    private static int checkNonMember(List<String> failures, ApiOperation operation, DemoCaller caller, Response response,
                                      CustomerFixtures outside, boolean scoped) {
        String who = caller.username + " (not on the team of the " + outside.label + " customer)";
        Predicate<Response> filtered = FILTERED_FOR_NON_MEMBERS.get(operation.key());
        if (filtered != null) {
            if (!filtered.test(response)) {
                failures.add(operation.key() + " as " + who + ": expected its filtered answer, got " + response.statusCode()
                        + " " + response.asString());
            }
            return 0;
        }
        boolean list = operation.pathParameters().isEmpty() && operation.isRead();
        if (!list) {
            // the answer must be the one for ids that do not exist, to the detail text: the caller cannot tell the
            // data exists, nor which customer owns it
            CustomerFixtures ghosts = outside.ghost();
            Response ghost = api.calls().call(operation, caller, ghosts);
            boolean inPath = !operation.pathParameters().isEmpty()
                    && !outside.resolve(operation.path()).equals(ghosts.resolve(operation.path()));
            expect(failures, operation, who, response, status -> status == 404 || !inPath && status == 422);
            String answer = response.statusCode() + " " + response.path("type") + " " + named(response.path("detail"), outside);
            String missing = ghost.statusCode() + " " + ghost.path("type") + " " + named(ghost.path("detail"), ghosts);
            if (!answer.equals(missing)) {
                failures.add(operation.key() + " as " + who + ": '" + answer
                        + "' differs from the answer for ids that do not exist: '" + missing + "'");
            }
            return 0;
        }
        expect(failures, operation, who, response, status -> status / 100 == 2 || status == 404);
        Set<String> leaked = response.statusCode() / 100 == 2 ? idsIn(response.asString(), outside) : new TreeSet<>();
        if (operation.queryParameters().contains("customerId")) {
            leaked.remove(outside.id("customer")); // the filter the caller sent, echoed back
        }
        if (!leaked.isEmpty()) {
            failures.add(operation.key() + " as " + who + ": the answer shows the customer's data " + leaked);
        }
        return idsIn(api.calls().call(operation, ADMIN, outside).asString(), outside).isEmpty() ? 0 : 1;
    }

    /** A problem's detail with each fixture id replaced by the fixture's name, so two answers compare by meaning. */
    private static String named(Object detail, CustomerFixtures fixtures) {
        String text = String.valueOf(detail);
        for (Map.Entry<String, String> fixture : fixtures.all().entrySet()) {
            if (fixture.getValue().length() >= 20) {
                text = text.replace(fixture.getValue(), "{" + fixture.getKey() + "}");
            }
        }
        return text;
    }

    private static Set<String> idsIn(String body, CustomerFixtures fixtures) {
        return fixtures.all().values().stream()
                .filter(id -> id.length() >= 20)
                .filter(body::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Scoped: the request names the customer's data, in its path, its customerId filter or its body. */
    private static boolean isCustomerScoped(ApiOperation operation, MatrixFixtures fixtures) {
        if (operation.queryParameters().contains("customerId")) {
            return !operation.pathParameters().isEmpty() || !operation.isRead();
        }
        if (!fixtures.member.resolve(operation.path()).equals(fixtures.nonMember.resolve(operation.path()))) {
            return true;
        }
        if (operation.requestMediaType().isEmpty()) {
            return false;
        }
        String member = String.valueOf(RequestBodies.body(operation, fixtures.member));
        return fixtures.member.all().values().stream().filter(id -> id.length() >= 20).anyMatch(member::contains);
    }

    private static void expect(List<String> failures, ApiOperation operation, String who, Response response,
                               Predicate<Integer> expected) {
        int status = response.statusCode();
        if (!expected.test(status)) {
            failures.add(operation.key() + " as " + who + ": unexpected " + status + " " + abbreviate(response.asString()));
        } else if ((status == 401 || status == 403 || status == 404)
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(operation.key() + " as " + who + ": " + status + " is not a problem document but "
                    + response.contentType());
        }
    }

    /** Reads first, then writes, then terminal moves, then deletions: a write spoils as little as it can. */
    static int rank(ApiOperation operation) {
        if (operation.isRead()) {
            return 0;
        }
        if (operation.method().equals("DELETE")) {
            return 3;
        }
        return TERMINAL.stream().anyMatch(operation.path()::endsWith) ? 2 : 1;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
