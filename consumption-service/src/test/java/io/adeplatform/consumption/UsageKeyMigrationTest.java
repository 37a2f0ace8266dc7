package io.adeplatform.consumption;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue-16 key change (V16_20) keeps the rows stored before it: the migrations run in a schema of their own up to
 * V2, rows are stored with the old key, then the rest runs; every row is still there with its values, the new key
 * tells them apart, and the same fact stored again is a duplicate.
 */
@QuarkusTest
class UsageKeyMigrationTest {

    private static final String SCHEMA = "migration_check";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void existingUsageRowsSurviveTheKeyChange() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "postgres");
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            flyway("2").migrate();
            sql.execute("SET search_path TO " + SCHEMA);
            // two rows differing only by resource group, as the old key allowed, with four decimals of cost
            sql.execute("""
                    INSERT INTO usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service,
                                              quantity, unit, cost, currency, upload_id)
                    VALUES ('2026-03-01', 'sub-1', 'D2s v3', 'rg-a', gen_random_uuid(), 'Compute', 24, 'Hours', 12.3456, 'USD', gen_random_uuid()),
                           ('2026-03-01', 'sub-1', 'D2s v3', 'rg-b', gen_random_uuid(), 'Compute', 24, 'Hours', 1.5, 'USD', gen_random_uuid())""");
            sql.execute("""
                    INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
                    VALUES (gen_random_uuid(), '2026-03-01', 'sub-1', 'Compute', 'USD', 13.8456, 2)""");

            flyway(null).migrate();

            assertThat(rows(sql, "SELECT resource_group || ' ' || cost || ' ' || resource_id || '|' || charge_category "
                    + "|| '|' || charge FROM usage_record ORDER BY resource_group"))
                    .containsExactly("rg-a 12.3456000000 ||", "rg-b 1.5000000000 ||");
            assertThat(rows(sql, "SELECT count(DISTINCT row_key) FROM usage_record")).containsExactly("2");
            assertThat(rows(sql, "SELECT cost FROM usage_daily")).containsExactly("13.8456000000");
            assertThat(rows(sql, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                    + "WHERE conrelid = 'usage_record'::regclass AND contype = 'p'"))
                    .containsExactly("PRIMARY KEY (usage_date, row_key)");
            // the same fact again (the service's own format leaves the new key columns empty): a duplicate
            assertThat(sql.executeUpdate("""
                    INSERT INTO usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service,
                                              quantity, unit, cost, currency, upload_id)
                    VALUES ('2026-03-01', 'sub-1', 'D2s v3', 'rg-a', gen_random_uuid(), 'Compute', 24, 'Hours', 12.3456, 'USD', gen_random_uuid())
                    ON CONFLICT (usage_date, row_key) DO NOTHING""")).isZero();
            sql.execute("SET search_path TO public");
            sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, "postgres").schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/platform", "classpath:db/migration").outOfOrder(true);
        return (target == null ? config : config.target(target)).load();
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
