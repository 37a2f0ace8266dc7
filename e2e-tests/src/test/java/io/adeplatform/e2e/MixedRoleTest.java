package io.adeplatform.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's mixed roles: ada.exec (realm executive) and fiona.finance (realm finance) sit on the account team of
 * {@link MatrixFixtures#viewerOnly()} only as <b>viewers</b>. The realm role would allow many writes and approvals;
 * the account role allows none (DESIGN.md: viewers never write). So every write and approval operation of all five
 * services that names that customer's data — in its path, its customerId filter or its body — answers both of them
 * 403 with a problem document, and they can still read it (they are on the team: not a 404).
 *
 * <p>Contract operations run against both its active contract and the one waiting for approval, so an approval is
 * refused for the account role, not for the contract's state. The usage upload is filtered by design: a 403, or 200
 * with no row accepted. Writes not about one customer (registering a customer, SLA policies) have no account.
 */
class MixedRoleTest {

    private static final List<DemoCaller> CALLERS = List.of(EXECUTIVE, FINANCE);
    private static final String USAGE_UPLOAD = "POST /api/consumption/usage";

    private static ApiUnderTest api;
    private static CustomerFixtures account;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.start();
        account = MatrixFixtures.get(api.platform()).viewerOnly();
    }

    @Test
    void realmExecutiveAndFinanceWhoAreOnlyViewersOnTheAccountCannotWriteOrApprove() {
        List<String> failures = new ArrayList<>();
        for (DemoCaller caller : CALLERS) {
            for (String read : List.of("/api/customers/", "/api/portfolio/customer-projections/", "/api/consumption/customer-projections/",
                    "/api/escalations/customer-projections/", "/api/billing/customer-projections/")) {
                int status = api.calls().api().as(caller).get(read + account.id("customer")).statusCode();
                assertThat(status).as(caller.username + " reads " + read + " of the customer whose team it is on").isEqualTo(200);
            }
        }
        List<ApiOperation> writes = api.operations().stream().filter(operation -> !operation.isRead())
                .sorted(Comparator.comparingInt(SecurityMatrixTest::rank)).toList();
        List<String> rows = new ArrayList<>();
        int calls = 0;
        int realmAllowed = 0;
        for (ApiOperation operation : writes) {
            List<CustomerFixtures> targets = operation.path().startsWith("/api/contracts/{id}")
                    ? List.of(account.with("contract", account.id("submittedContract")), account) : List.of(account);
            if (!namesTheAccount(operation)) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format("%-7s%-72s", operation.method(), operation.path()));
            for (CustomerFixtures target : targets) {
                for (DemoCaller caller : CALLERS) {
                    Response response = api.calls().call(operation, caller, target);
                    calls++;
                    boolean byRealmRole = operation.allowedRoles().contains(caller.role);
                    realmAllowed += byRealmRole ? 1 : 0;
                    row.append(' ').append(caller.role).append(byRealmRole ? "(realm allows)" : "").append(':')
                            .append(response.statusCode());
                    if (!refused(operation, response)) {
                        failures.add(operation.key() + " as " + caller.username + " (viewer on the account, realm "
                                + caller.role + ") on " + target.label + ": " + response.statusCode() + " "
                                + abbreviate(response.asString()));
                    }
                }
            }
            rows.add(row.toString());
        }
        System.out.println("Mixed roles: " + rows.size() + " write operations on the viewer-only account, " + calls
                + " calls, " + realmAllowed + " of them allowed by the caller's realm role alone");
        rows.forEach(row -> System.out.println("  " + row));
        System.out.println("Mixed roles: " + failures.size() + " failures");
        failures.forEach(failure -> System.out.println("  " + failure));
        assertThat(realmAllowed).as("calls the realm role alone would allow").isGreaterThan(20);
        assertThat(failures).as("writes or approvals a viewer member with a stronger realm role got through").isEmpty();
    }

    /** 403 problem; the usage upload may instead accept none of the account's rows. */
    private static boolean refused(ApiOperation operation, Response response) {
        boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
        if (response.statusCode() == 403 && problem) {
            return true;
        }
        return operation.key().equals(USAGE_UPLOAD) && response.statusCode() == 200
                && Integer.valueOf(0).equals(response.path("accepted"));
    }

    /** The request names the account's data: a path parameter, the customerId filter, or an id in its body. */
    private static boolean namesTheAccount(ApiOperation operation) {
        if (!operation.pathParameters().isEmpty() || operation.queryParameters().contains("customerId")) {
            return !Set.of("{severity}").containsAll(operation.pathParameters());
        }
        if (operation.requestMediaType().isEmpty()) {
            return false;
        }
        String body = String.valueOf(RequestBodies.body(operation, account));
        return account.all().values().stream().filter(id -> id.length() >= 20).anyMatch(body::contains);
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

}
