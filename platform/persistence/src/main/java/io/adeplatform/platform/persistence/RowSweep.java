package io.adeplatform.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A scheduled pass over rows that several replicas may run at the same moment (e.g. re-evaluating every active
 * engagement or commitment on a timer). Each row is handled in its own short transaction under a row lock taken
 * with {@code FOR UPDATE SKIP LOCKED} ({@link #lockIfFree}): a replica skips a row another replica (or a user's
 * write) holds instead of waiting for it, and whoever handles it next sees the state the first one committed. The
 * handler must therefore compare with what is stored and change (and publish) only what differs: then two replicas
 * produce one change. One failing row is logged and the pass goes on; the next pass retries it.
 */
public final class RowSweep {

    private static final Logger LOG = Logger.getLogger(RowSweep.class);

    /** Hibernate's lock timeout meaning SKIP LOCKED (jakarta.persistence.lock.timeout = -2). */
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    private static final int SKIP_LOCKED = -2;

    private RowSweep() {
    }

    /**
     * Reads the keys in one transaction, then handles each in a transaction of its own; answers for how many keys
     * {@code handle} answered true (e.g. a change was published). {@code job} names the pass in the log.
     */
    public static <K> int run(String job, Supplier<List<K>> keys, Predicate<K> handle) {
        List<K> all = QuarkusTransaction.requiringNew().call(keys::get);
        int changed = 0;
        for (K key : all) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> handle.test(key))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s: %s failed, retried at the next pass", job, key);
            }
        }
        LOG.debugf("%s: %d of %d changed", job, changed, all.size());
        return changed;
    }

    /** The query's first row locked for update, or empty when another transaction holds it (SKIP LOCKED) or none matches. */
    public static <T> Optional<T> lockIfFree(PanacheQuery<T> query) {
        return query.withLock(LockModeType.PESSIMISTIC_WRITE).withHint(LOCK_TIMEOUT, SKIP_LOCKED).firstResultOptional();
    }
}
