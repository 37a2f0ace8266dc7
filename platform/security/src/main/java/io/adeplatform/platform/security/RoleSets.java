package io.adeplatform.platform.security;

/**
 * The named sets of realm roles that resources allow, as {@code @RolesAllowed(RoleSets.DELIVERY_WRITERS)}. Each is a
 * config expression: the set's roles live once, in this module's {@code ade.roles.*} properties (a deployment may
 * override them), and the OpenAPI documents list the resolved realm roles.
 */
public final class RoleSets {

    /** Who changes delivery: engagements, RAID, stakeholders, escalations (executive, delivery-manager, admin). */
    public static final String DELIVERY_WRITERS = "${ade.roles.delivery-writers}";
    /** Who changes the business side: contracts, invoices, goals (executive, finance, admin). */
    public static final String FINANCE_WRITERS = "${ade.roles.finance-writers}";
    /**
     * Every role that writes at all (executive, delivery-manager, finance, admin); viewers, partners and reporter
     * never write.
     */
    public static final String ACCOUNT_WRITERS = "${ade.roles.account-writers}";
    /** Decisions kept for the ADE (executive, admin). */
    public static final String EXECUTIVES = "${ade.roles.executives}";
    /** Deal approval: finance and executives only, not even admin. */
    public static final String DEAL_APPROVERS = "${ade.roles.deal-approvers}";

    private RoleSets() {
    }
}
