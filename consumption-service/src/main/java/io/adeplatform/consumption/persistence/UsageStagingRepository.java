package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.StoredDay;
import io.adeplatform.consumption.domain.UsageRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The careful path of a chunk that met a stored key: COPY into a temporary staging table (the same columns as
 * usage_record, so the database computes the same row_key), then two statements, each keeping the daily rollup in
 * step with exactly what it changed: stored rows whose values differ are replaced by the restated ones (updated), then
 * the rows not stored yet are inserted ({@code ON CONFLICT DO NOTHING}); the rest are duplicates. A key twice in the
 * chunk counts once, with the values of its last row. Not a bean: one instance per load, on the load's connection.
 */
final class UsageStagingRepository {

    private static final String CREATE = "CREATE TEMP TABLE usage_staging (LIKE usage_record INCLUDING GENERATED, "
            + "seq bigint GENERATED ALWAYS AS IDENTITY) ON COMMIT DROP";
    /** The chunk's rows, one per key: the last one of the file wins. */
    private static final String SOURCE = """
            WITH src AS (
              SELECT DISTINCT ON (usage_date, row_key) * FROM usage_staging ORDER BY usage_date, row_key, seq DESC),
            """;
    /** The rollup change of {@code changed} (+new row, -old row), upserted in one lock order for all loads. */
    private static final String ROLLUP = """
            roll AS (
              INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
              SELECT customer_id, usage_date, subscription_id, service, currency, sum(cost), sum(n)
              FROM (%s) delta GROUP BY customer_id, usage_date, subscription_id, service, currency
              ORDER BY customer_id, usage_date, subscription_id, service, currency -- one lock order for all
              ON CONFLICT (customer_id, usage_date, subscription_id, service, currency) DO UPDATE
                SET cost = usage_daily.cost + excluded.cost, row_count = usage_daily.row_count + excluded.row_count)
            """;
    /**
     * Restated rows: the stored row is locked first (so its values read are the ones replaced, even when another
     * upload changed it meanwhile), then replaced; the row keeps its customer (attributed when first stored).
     */
    private static final String UPDATE = SOURCE + """
            old AS (
              SELECT r.usage_date, r.row_key, r.service, r.currency, r.cost
              FROM usage_record r JOIN src s ON r.usage_date = s.usage_date AND r.row_key = s.row_key
              WHERE (r.service, r.quantity, r.unit, r.cost, r.effective_cost, r.currency)
                    IS DISTINCT FROM (s.service, s.quantity, s.unit, s.cost, s.effective_cost, s.currency)
              FOR UPDATE OF r),
            upd AS (
              UPDATE usage_record r
              SET service = s.service, quantity = s.quantity, unit = s.unit, cost = s.cost,
                  effective_cost = s.effective_cost, currency = s.currency, upload_id = s.upload_id
              FROM old o JOIN src s ON s.usage_date = o.usage_date AND s.row_key = o.row_key
              WHERE r.usage_date = o.usage_date AND r.row_key = o.row_key
              RETURNING r.customer_id, r.usage_date, r.subscription_id, r.service, r.currency, r.cost,
                        o.service AS old_service, o.currency AS old_currency, o.cost AS old_cost),
            """ + ROLLUP.formatted("""
                SELECT customer_id, usage_date, subscription_id, service, currency, cost, 1 AS n FROM upd
                UNION ALL
                SELECT customer_id, usage_date, subscription_id, old_service, old_currency, -old_cost, -1 FROM upd""")
            + "SELECT customer_id, currency, usage_date, count(*) FROM upd GROUP BY customer_id, currency, usage_date";
    private static final String INSERT = SOURCE + """
            ins AS (
              INSERT INTO usage_record (%1$s, upload_id)
              SELECT %1$s, upload_id FROM src
              ON CONFLICT (usage_date, row_key) DO NOTHING
              RETURNING customer_id, usage_date, subscription_id, service, currency, cost),
            """.formatted(UsageCopyRepository.COLUMNS)
            + ROLLUP.formatted("SELECT customer_id, usage_date, subscription_id, service, currency, cost, 1 AS n FROM ins")
            + "SELECT customer_id, currency, usage_date, count(*) FROM ins GROUP BY customer_id, currency, usage_date";

    private final Connection connection;
    private final String uploadColumn;
    private boolean created;

    UsageStagingRepository(Connection connection, String uploadColumn) {
        this.connection = connection;
        this.uploadColumn = uploadColumn;
    }

    /** Stores the chunk's restated and new rows and their rollup; returns what changed per customer, currency, day. */
    List<StoredDay> store(List<UsageRow> chunk) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(created ? "TRUNCATE usage_staging" : CREATE);
            created = true;
        }
        UsageCopyRepository copy = UsageCopyRepository.start(connection,
                "COPY usage_staging (" + UsageCopyRepository.COLUMNS + ", upload_id) FROM STDIN WITH (FORMAT csv)",
                uploadColumn);
        for (UsageRow row : chunk) {
            copy.write(row);
        }
        copy.end();
        List<StoredDay> changed = new ArrayList<>();
        for (StoredDay day : run(UPDATE)) {
            changed.add(new StoredDay(day.customerId(), day.currency(), day.date(), 0, day.rows()));
        }
        changed.addAll(run(INSERT));
        return changed;
    }

    /** Drops the staging table if this load created it (it would go at commit anyway). */
    void drop() throws SQLException {
        if (created) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE usage_staging");
            }
        }
    }

    /** Runs one of the statements; its rows (customer, currency, day, count) as days with {@code rows} = the count. */
    private List<StoredDay> run(String sql) throws SQLException {
        List<StoredDay> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                days.add(new StoredDay(rs.getObject(1, UUID.class), rs.getString(2).strip(),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), 0));
            }
        }
        return days;
    }
}
