package io.adeplatform.platform.events;

import io.adeplatform.platform.core.DomainException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tells failures worth retrying (the database unreachable or restarting, lock conflicts, serialization failures,
 * timeouts) from the rest, by walking the whole cause chain: Hibernate, Narayana and Agroal wrap the driver's
 * exception, sometimes twice.
 */
final class Failures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");
    /** lock_not_available (NOWAIT, lock_timeout), in class 55 whose other states are not transient. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Agroal's message when no pooled connection frees up in time (a plain SQLException, no SQLSTATE). */
    private static final String AGROAL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private Failures() {
    }

    /**
     * Looks through the causes and the suppressed exceptions: a commit cut off by the database going away surfaces as
     * a RollbackException whose I/O error is only a suppressed XAException's cause.
     */
    static boolean isTransient(Throwable failure) {
        boolean transientFound = false;
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof PoisonEventException || t instanceof DomainException) {
                // a refused business rule stays refused however often it is retried: poison
                return false;
            }
            transientFound |= isTransientKind(t) || t instanceof SQLException sql && isTransientSql(sql);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return transientFound;
    }

    private static boolean isTransientKind(Throwable t) {
        return t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                || t instanceof StaleStateException || t instanceof OptimisticLockException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof QueryTimeoutException
                || t instanceof SocketException || t instanceof SocketTimeoutException;
    }

    private static boolean isTransientSql(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && state.length() >= 2) {
            return TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2)) || LOCK_NOT_AVAILABLE.equals(state);
        }
        return sql.getMessage() != null && sql.getMessage().contains(AGROAL_ACQUISITION_TIMEOUT);
    }
}
