package io.adeplatform.platform.events;

import io.adeplatform.platform.core.DomainException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.net.SocketException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a consumer's transaction are worth another attempt. */
class FailuresTest {

    @Test
    void aCommitCutOffByTheDatabaseGoingAwayIsTransientThoughOnlyASuppressedExceptionSaysSo() {
        // as Narayana reports it: RollbackException, the I/O error only under a suppressed XAException
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Connection reset"));
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(io);
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertThat(Failures.isTransient(new IllegalStateException("commit failed", rollback))).isTrue();
    }

    @Test
    void aLostConnectionInTheCauseChainIsTransient() {
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
    }

    @Test
    void aBrokenRuleOrAnUnknownFailureIsNot() {
        assertThat(Failures.isTransient(new IllegalArgumentException("bad payload"))).isFalse();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        DomainException rule = new DomainException("rule", "a rule that never passes", null) {
        };
        rule.addSuppressed(new SQLException("refused", "08001"));
        assertThat(Failures.isTransient(rule)).as("a refused rule stays refused").isFalse();
    }
}
