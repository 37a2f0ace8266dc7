package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.UsageRow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * Bulk storage of usage facts: rows are streamed with COPY into a temporary staging table, then moved into the
 * partitioned usage_record with ON CONFLICT DO NOTHING (the natural key makes re-uploads add nothing) while the
 * daily rollup is incremented by exactly the rows that went in, in one statement. Must run inside the caller's
 * transaction (the connection is the one the transaction enlisted).
 */
@ApplicationScoped
public class UsageStore {

    /** Rows actually stored by one load, per customer, currency and day. */
    public record StoredDay(UUID customerId, String currency, LocalDate date, long rows) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** An open COPY into a fresh staging table; write rows, then {@link #finish}. */
    public final class Load {
        private final Connection connection;
        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
        private long staged;

        Load(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE usage_staging (usage_date date, subscription_id varchar(100), "
                        + "meter varchar(200), resource_group varchar(200), customer_id uuid, service varchar(200), "
                        + "quantity numeric(19,6), unit varchar(50), cost numeric(19,4), currency char(3)) ON COMMIT DROP");
            }
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY usage_staging FROM STDIN WITH (FORMAT csv)");
        }

        public void add(UsageRow row) throws SQLException {
            StringBuilder line = new StringBuilder(160);
            line.append(row.date()).append(',');
            quoted(line, row.subscriptionId()).append(',');
            quoted(line, row.meter()).append(',');
            quoted(line, row.resourceGroup()).append(',');
            line.append(row.customerId()).append(',');
            quoted(line, row.service()).append(',');
            line.append(row.quantity().toPlainString()).append(',');
            quoted(line, row.unit()).append(',');
            line.append(row.cost().toPlainString()).append(',');
            line.append(row.currency()).append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            staged++;
            if (buffer.size() >= (1 << 16)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (buffer.size() > 0) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        }

        public long staged() {
            return staged;
        }

        /** Ends the COPY and moves the staged rows; returns what was stored (duplicates are left out). */
        public List<StoredDay> finish(UUID uploadId) throws SQLException {
            flush();
            copy.endCopy();
            List<StoredDay> stored = new ArrayList<>();
            try (PreparedStatement move = connection.prepareStatement("""
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
                    """)) {
                move.setObject(1, uploadId);
                try (ResultSet rs = move.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new StoredDay(rs.getObject(1, UUID.class), rs.getString(2).strip(),
                                rs.getObject(3, LocalDate.class), rs.getLong(4)));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE usage_staging");
            }
            connection.close(); // hands the handle back; the transaction keeps the physical connection until it ends
            return stored;
        }

        /** Abandons the COPY (the transaction rolls back anyway). */
        public void abort() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                connection.close();
            } catch (SQLException ignored) {
                // the transaction is being rolled back
            }
        }
    }

    public Load open() throws SQLException {
        return new Load(dataSource.getConnection());
    }

    private static StringBuilder quoted(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        return line.append('"');
    }
}
