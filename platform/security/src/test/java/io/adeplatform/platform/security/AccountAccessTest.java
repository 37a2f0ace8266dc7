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
}
