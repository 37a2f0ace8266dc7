package io.adeplatform.fault;

import io.adeplatform.platform.testing.TestTokens;

/**
 * The callers of the suite, with RS256 tokens signed by platform/testing's test key: the services and the gateway are
 * started with its public key instead of a Keycloak URL (saves Keycloak's ~40 s start; validation is the same code).
 */
final class Users {

    /** The ledger's writer: registers customers, so it is their executive. */
    static final String WRITER = "ledger.writer";
    /** A user who is put on account teams and removed again (experiments 4 and 6). */
    static final String MEMBER = "dan.delivery";
    /** The finance approver of a contract the ledger's writer submits (experiments 5 and 6). */
    static final String FINANCE = "fay.finance";

    private Users() {
    }

    // signed once: a token lives 30 minutes, longer than the whole suite
    private static final String WRITER_TOKEN = TestTokens.bearer(WRITER, "executive");
    private static final String ADMIN_TOKEN = TestTokens.bearer("fault.admin", "admin");
    private static final String MEMBER_TOKEN = TestTokens.bearer(MEMBER, "delivery-manager");
    private static final String FINANCE_TOKEN = TestTokens.bearer(FINANCE, "finance");

    static String writer() {
        return WRITER_TOKEN;
    }

    static String admin() {
        return ADMIN_TOKEN;
    }

    static String member() {
        return MEMBER_TOKEN;
    }

    static String finance() {
        return FINANCE_TOKEN;
    }
}
