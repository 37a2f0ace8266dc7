package io.adeplatform.platform.security;

import io.adeplatform.platform.core.AccountRole;

import java.util.EnumSet;
import java.util.Set;

import static io.adeplatform.platform.core.AccountRole.DELIVERY_MANAGER;
import static io.adeplatform.platform.core.AccountRole.EXECUTIVE;
import static io.adeplatform.platform.core.AccountRole.FINANCE;

/**
 * The one table of what an account-team role allows on its account, on top of the realm role a resource requires
 * ({@code @RolesAllowed}). Both must allow an action; admins pass this table (they sit on no team).
 */
public enum AccountAction {

    /** Any change of the account's data: every role but viewer. */
    WRITE("change this account's data", EXECUTIVE, DELIVERY_MANAGER, FINANCE),
    /** Adding, re-roling and removing account-team members: the account's executives only. */
    MANAGE_TEAM("manage this account's team", EXECUTIVE),
    /** Approving or rejecting a deal (contract): executives and finance of the account. */
    APPROVE_DEAL("approve or reject this account's deals", EXECUTIVE, FINANCE),
    /** Issuing or voiding an invoice, issuing a credit note: executives and finance of the account. */
    INVOICE("issue or void this account's invoices", EXECUTIVE, FINANCE),
    /** Approving a time entry (never one's own, see TimeEntry): executives and finance of the account. */
    APPROVE_TIME("approve this account's time entries", EXECUTIVE, FINANCE);

    private final String description;
    private final Set<AccountRole> allowed;

    AccountAction(String description, AccountRole first, AccountRole... rest) {
        this.description = description;
        this.allowed = EnumSet.of(first, rest);
    }

    public boolean allows(AccountRole role) {
        return role != null && allowed.contains(role);
    }

    /** What the action is, for the 403's detail ("... may not approve or reject this account's deals"). */
    public String description() {
        return description;
    }
}
