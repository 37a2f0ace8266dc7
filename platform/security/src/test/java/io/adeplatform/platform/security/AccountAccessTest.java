package io.adeplatform.platform.security;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account-role table and the same-customer rule, without a container: a fixed team and a fixed caller. */
class AccountAccessTest {

    private static final UUID ACME = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();

    private static AccountAccess as(String username, boolean admin) {
        return as(username, admin, false);
    }

    private static AccountAccess as(String username, boolean admin, boolean reporter) {
        AccountAccess access = new AccountAccess();
        access.user = new CurrentUser() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public boolean isAdmin() {
                return admin;
            }

            @Override
            public boolean isReporter() {
                return reporter;
            }
        };
        Map<String, AccountRole> acme = Map.of("exec", AccountRole.EXECUTIVE, "dm", AccountRole.DELIVERY_MANAGER,
                "fin", AccountRole.FINANCE, "view", AccountRole.VIEWER);
        access.directory = new AccountTeamDirectory() {
            @Override
            public Optional<AccountRole> roleOf(UUID customerId, String user) {
                return customerId.equals(ACME) ? Optional.ofNullable(acme.get(user)) : Optional.empty();
            }

            @Override
            public Set<UUID> customersOf(String user) {
                return acme.containsKey(user) ? Set.of(ACME) : Set.of();
            }
        };
        return access;
    }

    @Test
    void viewersNeverWriteOtherRolesDo() {
        assertThatThrownBy(() -> as("view", false).writable(ACME)).isInstanceOf(NotPermitted.class)
                .hasMessageContaining("a viewer on the account team may not change this account's data");
        for (String writer : new String[]{"exec", "dm", "fin"}) {
            assertThatCode(() -> as(writer, false).writable(ACME)).doesNotThrowAnyException();
        }
    }

    @Test
    void nonMembersGetTheNotFoundOfAMissingCustomerNotA403() {
        assertThatThrownBy(() -> as("exec", false).writable(GLOBEX)).isInstanceOf(NotFound.class)
                .hasMessage("customer " + GLOBEX + " does not exist");
    }

    @Test
    void approvalsAndTeamManagementFollowTheTable() {
        assertThatCode(() -> as("fin", false).require(AccountAction.APPROVE_DEAL, ACME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> as("dm", false).require(AccountAction.APPROVE_DEAL, ACME)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> as("fin", false).require(AccountAction.MANAGE_TEAM, ACME)).isInstanceOf(NotPermitted.class);
        assertThatCode(() -> as("exec", false).require(AccountAction.MANAGE_TEAM, ACME)).doesNotThrowAnyException();
        assertThatCode(() -> as("root", true).require(AccountAction.INVOICE, ACME)).doesNotThrowAnyException();
    }

    @Test
    void aForeignOrUnknownReferenceIsAnsweredLikeAnIdThatExistsNowhere() {
        UUID engagement = UUID.randomUUID();
        AccountAccess exec = as("exec", false);
        assertThatCode(() -> exec.requireSameCustomer("engagement", engagement, ACME, ACME)).doesNotThrowAnyException();
        for (UUID owner : new UUID[]{GLOBEX, null}) {
            assertThatThrownBy(() -> exec.requireSameCustomer("engagement", engagement, owner, ACME))
                    .isInstanceOf(RuleViolation.class).hasMessage("engagement " + engagement + " does not exist")
                    .extracting(e -> ((RuleViolation) e).slug()).isEqualTo("unknown-engagement");
        }
        // an admin sees every customer, yet a reference must still be the request's customer's
        assertThatThrownBy(() -> as("root", true).requireSameCustomer("engagement", engagement, GLOBEX, ACME))
                .isInstanceOf(RuleViolation.class);
        assertThat(as("root", true).sameCustomer("engagement", engagement, GLOBEX, c -> c, GLOBEX)).isEqualTo(GLOBEX);
    }

    @Test
    void theReporterSeesEveryCustomerLikeAnAdminButMayDoNothing() {
        AccountAccess reporter = as("service-account-ade-reporter", false, true);
        assertThat(reporter.canSee(ACME)).isTrue();
        assertThat(reporter.canSee(GLOBEX)).isTrue();
        assertThat(reporter.visibleCustomers()).isEmpty();
        assertThat(reporter.visible("contract", 7, GLOBEX, c -> c)).isEqualTo(GLOBEX);
        assertThat(reporter.customersFor(AccountAction.WRITE)).contains(Set.of());
        for (AccountAction action : AccountAction.values()) {
            assertThatThrownBy(() -> reporter.require(action, GLOBEX)).isInstanceOf(NotPermitted.class)
                    .hasMessage("the reporter role reads only; it may not " + action.description());
            // where an admin could
            assertThatCode(() -> as("root", true).require(action, GLOBEX)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> reporter.writable(ACME)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> reporter.writable("contract", 7, GLOBEX, c -> c)).isInstanceOf(NotPermitted.class);
        // an unknown thing is still the 404 of a missing one
        assertThatThrownBy(() -> reporter.writable("contract", 7, null, c -> (UUID) c)).isInstanceOf(NotFound.class);
        // a token with both roles is still refused every action
        assertThatThrownBy(() -> as("both", true, true).writable(ACME)).isInstanceOf(NotPermitted.class);
    }
}
