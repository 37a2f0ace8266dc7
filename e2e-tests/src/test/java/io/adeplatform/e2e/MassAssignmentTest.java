package io.adeplatform.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mass assignment (OWASP API3), for every POST/PUT/PATCH with a JSON body in the services' OpenAPI documents: the
 * properties a client reads but may not write — those of the response that the request schema lacks (id, status,
 * version, createdAt, computed health, totals, …) — are each added to an otherwise valid body. Every such request
 * must be a 400 problem naming the property, and the resource the operation acts on (the nearest enclosing path
 * with a GET, e.g. the list a create adds to) must be unchanged afterwards: same ETag, else same ids, else same body.
 *
 * <p>Where the document has no response schema (resources answering a JAX-RS Response), the response properties are
 * taken from a real answer: the operation's own 2xx answer to a valid body, else the enclosing resource's GET.
 */
class MassAssignmentTest {

    private static final List<DemoCaller> PREFERRED_CALLERS = List.of(ADMIN, EXECUTIVE, FINANCE, DELIVERY_MANAGER);

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.start();
    }

    @Test
    void readOnlyPropertiesCannotBeSetByAClient() {
        MatrixFixtures fixtures = MatrixFixtures.get(api.platform());
        CustomerFixtures member = fixtures.member;
        List<String> failures = new ArrayList<>();
        int operationsChecked = 0;
        int propertiesChecked = 0;
        for (ApiOperation operation : api.operations()) {
            if (operation.isRead() || operation.method().equals("DELETE") || !operation.hasJsonBody()) {
                continue;
            }
            DemoCaller caller = PREFERRED_CALLERS.stream().filter(c -> operation.allowedRoles().contains(c.role))
                    .findFirst().orElseThrow(() -> new AssertionError(operation.key() + " allows none of " + PREFERRED_CALLERS));
            Optional<ApiOperation> observed = enclosingRead(operation);
            if (observed.isEmpty()) {
                failures.add(operation.key() + ": no enclosing GET to verify that nothing changed");
                continue;
            }
            Map<String, Object> readable = readableProperties(operation, caller, member, observed.get());
            Set<String> readOnly = new LinkedHashSet<>(readable.keySet());
            readOnly.removeAll(operation.requestProperties());
            if (readOnly.isEmpty()) {
                continue;
            }
            if (operation.path().contains("/account-team/{username}")) {
                api.calls().restoreTempMember(member); // the security matrix's removal took it
            }
            String before = snapshot(observed.get(), member);
            for (String property : readOnly) {
                Object value = readable.get(property) == null ? "injected" : readable.get(property);
                Response response = api.calls().callWithExtraProperty(operation, caller, member, property, value);
                if (response.statusCode() != 400 || !response.asString().contains("\"" + property + "\"")
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(operation.key() + " with read-only '" + property + "' as " + caller.username + ": "
                            + response.statusCode() + " " + response.asString());
                }
                propertiesChecked++;
            }
            String after = snapshot(observed.get(), member);
            if (!before.equals(after)) {
                failures.add(operation.key() + ": " + observed.get().key() + " changed although every request was refused");
            }
            operationsChecked++;
        }
        System.out.println("Mass assignment: " + operationsChecked + " operations, " + propertiesChecked
                + " read-only properties sent, each refused");
        assertThat(operationsChecked).as("operations with read-only properties").isGreaterThan(30);
        assertThat(failures).as("mass-assignment failures").isEmpty();
    }

    /** The documented response properties, else those of a real answer, with a value each as the service wrote it. */
    private Map<String, Object> readableProperties(ApiOperation operation, DemoCaller caller, CustomerFixtures fixtures,
                                                   ApiOperation observed) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        Response answer = api.calls().call(operation, caller, fixtures);
        Map<String, Object> real = answer.statusCode() / 100 == 2 ? object(answer.asString()) : Map.of();
        if (real.isEmpty()) {
            real = object(api.calls().call(observed, ADMIN, fixtures).asString());
        }
        operation.responseProperties().forEach(name -> properties.put(name, null));
        properties.putAll(real);
        return properties;
    }

    /** A JSON object's top-level properties; of a page or array, those of its first element. */
    private static Map<String, Object> object(String json) {
        if (json.isBlank()) {
            return Map.of();
        }
        Object root = JsonPath.from(json).get("$");
        if (root instanceof Map<?, ?> map && map.get("items") instanceof List<?> items) {
            root = items.isEmpty() ? Map.of() : items.get(0);
        } else if (root instanceof List<?> list) {
            root = list.isEmpty() ? Map.of() : list.get(0);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = root instanceof Map<?, ?> ? (Map<String, Object>) root : Map.of();
        return map;
    }

    /** The GET of the operation's own path, else of the nearest enclosing path the documents have one for. */
    /** Creates whose collection has no GET: the read of an item of the same kind that the fixtures hold instead. */
    private static final Map<String, String> READ_OF_CREATED = Map.of(
            "POST /api/billing/revenue-targets", "GET /api/billing/revenue-targets/{customerId}/{fiscalYear}");

    private static Optional<ApiOperation> enclosingRead(ApiOperation operation) {
        String sibling = READ_OF_CREATED.get(operation.key());
        if (sibling != null) {
            return api.operations().stream().filter(o -> o.key().equals(sibling)).findFirst();
        }
        for (String path = operation.path(); path.lastIndexOf('/') > 0; path = path.substring(0, path.lastIndexOf('/'))) {
            String candidate = path;
            Optional<ApiOperation> read = api.operations().stream()
                    .filter(o -> o.isRead() && o.path().equals(candidate) && o.service().equals(operation.service()))
                    .findFirst();
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** What must not change: the ETag if the resource has one, else the ids it lists, else its whole body. */
    private static String snapshot(ApiOperation read, CustomerFixtures fixtures) {
        Response response = api.calls().call(read, ADMIN, fixtures);
        assertThat(response.statusCode()).as(read.key()).isEqualTo(200);
        if (response.header("ETag") != null) {
            return response.header("ETag");
        }
        Object root = JsonPath.from(response.asString()).get("$");
        if (root instanceof Map<?, ?> map && map.get("items") instanceof List<?> items) {
            root = items;
        }
        if (root instanceof List<?> list) {
            return list.stream().map(item -> item instanceof Map<?, ?> m && m.containsKey("id") ? String.valueOf(m.get("id"))
                    : String.valueOf(item)).sorted().toList().toString();
        }
        return response.asString();
    }
}
