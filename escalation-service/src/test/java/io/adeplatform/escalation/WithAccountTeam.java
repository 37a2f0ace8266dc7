package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;

import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;

/** A test's own account team (an executive and a delivery manager, with their tokens) and customers it works for. */
abstract class WithAccountTeam {

    final String execName = "exec." + UUID.randomUUID();
    final String exec = TestTokens.bearer(execName, "executive");
    final String dmName = "dm." + UUID.randomUUID();
    final String dm = TestTokens.bearer(dmName, "delivery-manager");

    /** A new customer named {@code name} (made unique) with the team, and {@code others}, on its account team. */
    UUID customer(String name, TestCustomers.Member... others) {
        TestCustomers.Member[] team = new TestCustomers.Member[others.length + 2];
        team[0] = member(execName, "executive");
        team[1] = member(dmName, "delivery-manager");
        System.arraycopy(others, 0, team, 2, others.length);
        return TestCustomers.register(Escalations.CUSTOMERS, name + " " + UUID.randomUUID(), team);
    }
}
