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
 * The careful path of a chunk that met a stored key: COPY into a temporary staging table, then one statement that
 * inserts the rows not stored yet ({@code ON CONFLICT DO NOTHING}) and adds exactly those to the daily rollup.
 * Not a bean: one instance per load, on the load's connection.
 */
final class UsageStagingRepository {

    private static final String CREATE = "CREATE TEMP TABLE usage_staging (usage_date date, subscription_id varchar(100), "
            + "meter varchar(200), resource_group varchar(200), customer_id uuid, service varchar(200), "
            + "quantity numeric(19,6), unit varchar(50), cost numeric(19,4), currency char(3)) ON COMMIT DROP";
    private static final String MOVE = """
            WITH ins AS (
              INSERT INTO usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service,
                                        quantity, unit, cost, currency, upload_id)
              SELECT usage_date, subscription_id, meter, resource_group, customer_id, service,
                     quantity, unit, cost, currency, ?
              FROM usage_staging
              ON CONFLICT DO NOTHING
              RETURNING customer_id, usage_date, subscription_id, service, currency, cost),
            roll AS (
              INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
              SELECT customer_id, usage_date, subscription_id, service, currency, sum(cost), count(*)
              FROM ins GROUP BY customer_id, usage_date, subscription_id, service, currency
              ORDER BY customer_id, usage_date, subscription_id, service, currency -- one lock order for all
              ON CONFLICT (customer_id, usage_date, subscription_id, service, currency) DO UPDATE
                SET cost = usage_daily.cost + excluded.cost, row_count = usage_daily.row_count + excluded.row_count)
            SELECT customer_id, currency, usage_date, count(*) FROM ins GROUP BY customer_id, currency, usage_date
            """;

    private final Connection connection;
    private final UUID uploadId;
    private boolean created;

    UsageStagingRepository(Connection connection, UUID uploadId) {
        this.connection = connection;
        this.uploadId = uploadId;
    }

    /** Stores the chunk's new rows and their rollup; returns how many went in per customer, currency and day. */
    List<StoredDay> store(List<UsageRow> chunk) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(created ? "TRUNCATE usage_staging" : CREATE);
            created = true;
        }
        UsageCopyRepository copy = UsageCopyRepository.start(connection, "COPY usage_staging FROM STDIN WITH (FORMAT csv)", "");
        for (UsageRow row : chunk) {
            copy.write(row);
        }
        copy.end();
        List<StoredDay> stored = new ArrayList<>();
        try (PreparedStatement move = connection.prepareStatement(MOVE)) {
            move.setObject(1, uploadId);
            try (ResultSet rs = move.executeQuery()) {
                while (rs.next()) {
                    stored.add(new StoredDay(rs.getObject(1, UUID.class), rs.getString(2).strip(),
                            rs.getObject(3, LocalDate.class), rs.getLong(4)));
                }
            }
        }
        return stored;
    }

    /** Drops the staging table if this load created it (it would go at commit anyway). */
    void drop() throws SQLException {
        if (created) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE usage_staging");
            }
        }
    }
}
