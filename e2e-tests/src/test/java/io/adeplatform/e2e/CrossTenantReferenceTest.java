package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static io.adeplatform.e2e.MatrixFixtures.money;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's cross-tenant references: for every operation of the merged OpenAPI document with a JSON body, every
 * id-bearing field of its request schema (uuid properties and arrays of them, at any depth) gets a real id of the
 * <b>non-member</b> customer's fixture of the matching kind, in an otherwise valid request of a team member (on
 * {@link MatrixFixtures#scratchMember()}). The answer must equal the answer to the same request naming an id that
 * exists nowhere — status, problem type and detail with the ids normalised — and must not be accepted (an id of a
 * customer the caller cannot see is refused like an unknown one); the non-member's data must be unchanged (the ETag,
 * and health where shown, of every resource of it that has one, the ids of every list of it that has none) after each
 * operation and again after all of them, once the services have had time to react to each other's events.
 *
 * <p>A uuid field whose name {@link #FIELD_KINDS} does not map fails the test with what to add; so does a nested
 * field no valid body carries ({@link #CARRIERS}). Registering the non-member's cloud subscription id is checked on
 * its own: refused (4xx problem) without naming the holder, and the subscription stays the holder's.
 */
class CrossTenantReferenceTest {

    /** Id-bearing request property → the fixture whose id it takes. */
    static final Map<String, String> FIELD_KINDS = Map.ofEntries(
            entry("customerId", "customer"),
            entry("engagementId", "engagement"),
            entry("engagementIds", "engagement"),
            entry("contractId", "contract"),
            entry("stakeholderIds", "stakeholder"),
            entry("reportsToId", "stakeholder"),
            entry("objectiveId", "objective"),
            entry("goalId", "goal"),
            entry("commitmentId", "commitment"),
            entry("milestoneId", "milestone"),
            entry("raidItemIds", "raidRisk"),
            entry("raidItemId", "raidRisk"),
            entry("stakeholderId", "stakeholder"),
            entry("reviewId", "qualityReview"));

    private static final LocalDate TODAY = LocalDate.now();

    /** Valid bodies for nested id fields that the body of {@link RequestBodies} has no container for. */
    static final Map<String, Function<CustomerFixtures, Object>> CARRIERS = Map.of(
            "POST /api/engagements/{id}/steering-meetings decisions[].raidItemIds", f -> Map.of("date", TODAY.toString(),
                    "attendees", List.of("Casey Chen"), "decisions", List.of(Map.of("text", "Accept the risk",
                            "raidItemIds", List.of(f.id("raidRisk")), "effect", "update", "status", "in-progress"))),
            "POST /api/contracts lines[].milestones[].milestoneId", f -> milestoneContract(Map.of("customerId", f.id("customer")), f),
            "PUT /api/contracts/{id} lines[].milestones[].milestoneId", f -> milestoneContract(Map.of(), f),
            "POST /api/engagements/{id}/quality-findings remediation.raidItemId", f -> Map.of("reviewId",
                    f.id("qualityReview"), "severity", "medium", "title", "Backups untested",
                    "remediation", Map.of("raidItemId", f.id("raidRisk"))),
            "PUT /api/customers/{customerId}/cadence-policy steeringCommitteeOverrides[].engagementId", f -> Map.of(
                    "qbrIntervalDays", 90, "executiveBriefingIntervalDays", 30, "steeringCommitteeIntervalDays", 30,
                    "steeringCommitteeOverrides", List.of(Map.of("engagementId", f.id("engagement"), "intervalDays", 14))));

    private static final List<DemoCaller> PREFERRED_CALLERS = List.of(EXECUTIVE, DELIVERY_MANAGER, FINANCE, ADMIN);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(10);

    private static ApiUnderTest api;
    private static MatrixFixtures matrix;
    private static CustomerFixtures member;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.start();
        matrix = MatrixFixtures.get(api.platform());
        member = matrix.scratchMember();
    }

    @Test
    void anotherCustomersIdInABodyIsAnsweredLikeAnUnknownIdAndChangesNothing() {
        JsonNode document = ServiceDocuments.merged(api.platform());
        List<ApiOperation> operations = ServiceDocuments.customerFacing(ApiOperation.of("gateway", document)).stream()
                .filter(ApiOperation::hasJsonBody).sorted(java.util.Comparator.comparingInt(SecurityMatrixTest::rank)).toList();
        RawHttp http = new RawHttp(api.platform());
        CustomerFixtures outsider = matrix.nonMember;
        List<String> failures = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        Map<String, String> before = snapshot(document, outsider);
        Map<String, String> watched = before;
        int fields = 0;
        int meaningful = 0;
        for (ApiOperation operation : operations) {
            DemoCaller caller = PREFERRED_CALLERS.stream().filter(c -> operation.allowedRoles().contains(c.role)).findFirst()
                    .orElseThrow(() -> new AssertionError(operation.key() + " allows none of " + PREFERRED_CALLERS));
            if (caller == ADMIN) {
                continue; // admin-only (a subscription transfer): admins act across customers by design
            }
            CustomerFixtures target = operation.path().startsWith("/api/contracts/{id}")
                    ? member.with("contract", member.id("draftContract")) : member;
            JsonNode schema = document.path("paths").path(operation.path()).path(operation.method().toLowerCase())
                    .path("requestBody").path("content").path("application/json").path("schema");
            boolean any = false;
            for (SchemaFields.Field field : SchemaFields.of(document, schema)) {
                boolean idField = field.isArrayOfUuids() || field.isUuid() && !field.path().get(field.path().size() - 1).equals("[]");
                if (!idField) {
                    continue;
                }
                String where = operation.key() + " " + field.display();
                String kind = FIELD_KINDS.get(field.name());
                if (kind == null) {
                    failures.add(where + ": an id field no fixture kind is mapped to; add '" + field.name()
                            + "' to CrossTenantReferenceTest.FIELD_KINDS");
                    continue;
                }
                String foreignId = outsider.id(kind);
                String ghostId = UUID.randomUUID().toString();
                Optional<RawHttp.Answer> foreign = send(http, caller, operation, target, field, foreignId);
                Optional<RawHttp.Answer> ghost = send(http, caller, operation, target, field, ghostId);
                if (foreign.isEmpty() || ghost.isEmpty()) {
                    failures.add(where + ": no valid body carries this field; add one to CrossTenantReferenceTest.CARRIERS");
                    continue;
                }
                fields++;
                any = true;
                String foreignAnswer = describe(foreign.get(), foreignId, outsider);
                String ghostAnswer = describe(ghost.get(), ghostId, outsider);
                if (ghost.get().status() != 409) {
                    meaningful++;
                }
                rows.add(String.format("%-90s %s=%d unknown=%d", where, kind, foreign.get().status(), ghost.get().status()));
                if (!foreignAnswer.equals(ghostAnswer)) {
                    failures.add(where + " = the non-member's " + kind + ": '" + foreignAnswer
                            + "' differs from the answer for an id that exists nowhere: '" + ghostAnswer + "'");
                }
                if (foreign.get().status() / 100 == 2) {
                    failures.add(where + " = the non-member's " + kind + ": accepted with " + foreign.get().status()
                            + " (an id of a customer the caller cannot see must be refused like one that does not exist)");
                }
                if (foreign.get().status() >= 500 || foreign.get().status() >= 400 && !foreign.get().isProblem()) {
                    failures.add(where + ": " + foreign.get().status() + " " + foreign.get().abbreviated());
                }
            }
            if (any) {
                Map<String, String> after = snapshot(document, outsider);
                for (Map.Entry<String, String> read : watched.entrySet()) {
                    if (!read.getValue().equals(after.get(read.getKey()))) {
                        failures.add(operation.key() + " with the non-member's ids changed the non-member's " + read.getKey()
                                + ": " + read.getValue() + " → " + after.get(read.getKey()));
                    }
                }
                watched = after;
            }
        }
        subscriptionOfAnotherCustomerCannotBeClaimed(failures, outsider);
        // services react to each other's events: what a request changed elsewhere shows a little later
        sleep(SETTLE);
        Map<String, String> settled = snapshot(document, outsider);
        for (Map.Entry<String, String> read : before.entrySet()) {
            if (!read.getValue().equals(settled.get(read.getKey()))) {
                failures.add("after all requests with the non-member's ids (and " + SETTLE.toSeconds() + " s for events),"
                        + " the non-member's " + read.getKey() + " changed: " + read.getValue() + " → " + settled.get(read.getKey()));
            }
        }
        System.out.println("Cross-tenant references: " + operations.size() + " operations with a JSON body, " + fields
                + " id fields sent with the non-member's id and with an unknown one (" + meaningful
                + " where the unknown id was not refused for the fixture's state), " + watched.size()
                + " reads of the non-member watched");
        rows.forEach(row -> System.out.println("  " + row));
        System.out.println("Cross-tenant references: " + failures.size() + " failures");
        failures.forEach(failure -> System.out.println("  " + failure));
        assertThat(fields).as("id fields checked").isGreaterThan(15);
        assertThat(failures).as("cross-tenant reference failures").isEmpty();
    }

    private static void sleep(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The member's valid request with the field set to id (in each element of the arrays on the way). */
    private Optional<RawHttp.Answer> send(RawHttp http, DemoCaller caller, ApiOperation operation, CustomerFixtures target,
                                          SchemaFields.Field field, String id) {
        JsonNode value = field.isArrayOfUuids() ? JsonBodies.tree(List.of(id)) : JsonBodies.tree(id);
        Optional<String> body = JsonBodies.withValue(RequestBodies.body(operation, target), field.path(), value);
        Function<CustomerFixtures, Object> carrier = CARRIERS.get(operation.key() + " " + field.display());
        if (body.isEmpty() && carrier != null) {
            body = JsonBodies.withValue(carrier.apply(target), field.path(), value);
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String path = target.resolve(operation.path());
        Map<String, String> headers = new HashMap<>();
        if (operation.headerParameters().contains("Idempotency-Key")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (operation.headerParameters().contains("If-Match")) {
            api.calls().currentETag(path).ifPresent(tag -> headers.put("If-Match", tag));
        }
        String query = operation.queryParameters().contains("customerId") ? "?customerId=" + target.id("customer") : "";
        return Optional.of(http.send(caller, new RawHttp.Request(operation.method(), path + query, "application/json",
                body.get().getBytes(StandardCharsets.UTF_8), headers)));
    }

    /** Status, problem type and detail, with the referenced id and every fixture id replaced by a name. */
    private static String describe(RawHttp.Answer answer, String referencedId, CustomerFixtures outsider) {
        String type = "";
        String detail = answer.body();
        if (answer.isProblem()) {
            JsonPath problem = JsonPath.from(answer.body());
            type = String.valueOf(problem.getString("type"));
            detail = String.valueOf(problem.getString("detail"));
        } else if (answer.status() / 100 == 2) {
            detail = "(a " + answer.status() + " answer)";
        }
        detail = detail.replace(referencedId, "{referenced id}");
        for (CustomerFixtures fixtures : List.of(outsider, member)) {
            for (Map.Entry<String, String> id : fixtures.all().entrySet()) {
                if (id.getValue().length() >= 20) {
                    detail = detail.replace(id.getValue(), "{" + id.getKey() + "}");
                }
            }
        }
        return answer.status() + " " + type + " " + detail;
    }

    /**
     * What must not change on the non-member: per GET of the documents that its fixtures resolve (lists filtered by
     * its customer), the ETag, else the ids listed; reads with neither are not watched (their bodies hold clocks).
     */
    private static Map<String, String> snapshot(JsonNode document, CustomerFixtures outsider) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiOperation read : ApiOperation.of("gateway", document)) {
            if (!read.isRead()) {
                continue;
            }
            String path;
            try {
                path = outsider.resolve(read.path());
            } catch (AssertionError unmapped) {
                continue;
            }
            if (read.pathParameters().isEmpty() && !read.queryParameters().contains("customerId")) {
                continue; // not about one customer
            }
            String query = read.queryParameters().contains("customerId") ? "?customerId=" + outsider.id("customer") : "";
            Response response = api.calls().api().as(ADMIN).get(path + query);
            if (response.statusCode() != 200) {
                continue;
            }
            if (response.header("ETag") != null) {
                // an engagement's health is computed from other services' events and shown beside its ETag
                Object health = String.valueOf(response.contentType()).contains("json") ? response.path("health") : null;
                values.put(read.path(), "ETag " + response.header("ETag") + (health == null ? "" : " health " + health));
            } else {
                idsOf(response.asString()).ifPresent(ids -> values.put(read.path(), "ids " + ids));
            }
        }
        return values;
    }

    private static Optional<List<String>> idsOf(String json) {
        Object root;
        try {
            root = JSON.readValue(json, Object.class);
        } catch (Exception notJson) {
            return Optional.empty();
        }
        if (root instanceof Map<?, ?> map && map.get("items") instanceof List<?> items) {
            root = items;
        }
        if (root instanceof List<?> list && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.containsKey("id"))) {
            return Optional.of(list.stream().map(item -> String.valueOf(((Map<?, ?>) item).get("id"))).sorted().toList());
        }
        return Optional.empty();
    }

    /** A team registering the cloud subscription id another customer holds: refused, not told, nothing moved. */
    private static void subscriptionOfAnotherCustomerCannotBeClaimed(List<String> failures, CustomerFixtures outsider) {
        String held = outsider.id("subscription");
        Response response = api.calls().api().as(EXECUTIVE).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("id", held, "name", "Claimed", "customerId", member.id("customer")))
                .post("/api/consumption/subscriptions");
        String where = "POST /api/consumption/subscriptions id = the non-member's subscription";
        if (response.statusCode() / 100 != 4 || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(where + ": expected a 4xx problem, got " + response.statusCode() + " " + response.asString());
        }
        if (response.asString().contains(outsider.id("customer"))) {
            failures.add(where + ": the answer names the holder: " + response.asString());
        }
        Object holder = api.calls().api().as(ADMIN).get("/api/consumption/subscriptions/" + held).path("customerId");
        if (!outsider.id("customer").equals(String.valueOf(holder))) {
            failures.add(where + ": the subscription now belongs to " + holder);
        }
    }

    private static Map<String, Object> milestoneContract(Map<String, Object> extra, CustomerFixtures f) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Milestone deal", "currency", "USD",
                "lines", List.of(Map.of("description", "Milestones", "billingMethod", "milestone", "value", money(10000),
                        "milestones", List.of(Map.of("name", "Design accepted", "amount", money(10000),
                                "milestoneId", f.id("milestone")))))));
        body.putAll(extra);
        return body;
    }
}
