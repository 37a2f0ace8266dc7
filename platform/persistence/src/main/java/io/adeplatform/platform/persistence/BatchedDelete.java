package io.adeplatform.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Deletes the rows of a table matching a condition in batches, each its own short transaction, so a purge never
 * holds many locks or one long transaction. Safe with several replicas at once: each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas take rows the others are not deleting instead of waiting for them.
 */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * Deletes every row of {@code table} matching {@code condition} (SQL with positional parameters ?1, ?2, ... bound
     * to {@code parameters}), {@code batch} rows per transaction; answers how many.
     */
    public static int run(EntityManager em, String table, String condition, int batch, Object... parameters) {
        String limit = "?" + (parameters.length + 1);
        String sql = "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + condition
                + " LIMIT " + limit + " FOR UPDATE SKIP LOCKED)";
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                Query delete = em.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    delete.setParameter(i + 1, parameters[i]);
                }
                return delete.setParameter(parameters.length + 1, batch).executeUpdate();
            });
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
