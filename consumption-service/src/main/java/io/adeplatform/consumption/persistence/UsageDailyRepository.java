package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.UsageRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily rollup (usage_daily) of the rows a load COPYed straight into usage_record: summed here row by row and
 * upserted once at the end of the load. Not a bean: one instance per load.
 */
final class UsageDailyRepository {

    private static final String UPSERT = """
            INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
            SELECT * FROM unnest(?::uuid[], ?::date[], ?::varchar[], ?::varchar[], ?::char(3)[], ?::numeric[],
                                 ?::bigint[])
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (customer_id, usage_date, subscription_id, service, currency) DO UPDATE
              SET cost = usage_daily.cost + excluded.cost, row_count = usage_daily.row_count + excluded.row_count
            """;
    private static final int COLUMNS = 7;

    /** One row of usage_daily. */
    private record DailyKey(UUID customerId, LocalDate date, String subscriptionId, String service, String currency) {
    }

    private static final class DailySum {
        BigDecimal cost = BigDecimal.ZERO;
        long rows;
    }

    private final Map<DailyKey, DailySum> sums = new HashMap<>();

    void add(UsageRow row) {
        DailySum sum = sums.computeIfAbsent(
                new DailyKey(row.customerId(), row.date(), row.subscriptionId(), row.service(), row.currency()),
                key -> new DailySum());
        sum.cost = sum.cost.add(row.cost());
        sum.rows++;
    }

    /** Adds the sums to usage_daily in one statement. */
    void write(Connection connection) throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        // as text arrays, cast by PostgreSQL, which also orders the rows: one lock order for every load
        List<String[]> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            columns.add(new String[sums.size()]);
        }
        int i = 0;
        for (Map.Entry<DailyKey, DailySum> entry : sums.entrySet()) {
            DailyKey key = entry.getKey();
            columns.get(0)[i] = key.customerId().toString();
            columns.get(1)[i] = key.date().toString();
            columns.get(2)[i] = key.subscriptionId();
            columns.get(3)[i] = key.service();
            columns.get(4)[i] = key.currency();
            columns.get(5)[i] = entry.getValue().cost.toPlainString();
            columns.get(6)[i] = Long.toString(entry.getValue().rows);
            i++;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (int c = 0; c < COLUMNS; c++) {
                upsert.setArray(c + 1, connection.createArrayOf("text", columns.get(c)));
            }
            upsert.executeUpdate();
        }
    }
}
