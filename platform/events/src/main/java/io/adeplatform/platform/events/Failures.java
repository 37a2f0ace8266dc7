package io.adeplatform.platform.events;

import io.adeplatform.platform.core.DomainException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Tells failures worth retrying (lost connections, lock conflicts, serialization failures) from the rest. */
final class Failures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException || t instanceof DomainException) {
                // a refused business rule stays refused however often it is retried: poison
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
