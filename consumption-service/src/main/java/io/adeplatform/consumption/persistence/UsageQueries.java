package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.ConsumptionForecast.RunRate;
import io.adeplatform.consumption.domain.GroupBy;
import io.adeplatform.consumption.domain.UsageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Analytic reads, all from the daily rollup usage_daily (never the raw rows). */
@ApplicationScoped
public class UsageQueries {

    public record SeriesPoint(String key, String currency, BigDecimal cost) {
    }

    public record ServiceDay(String service, LocalDate date, BigDecimal cost) {
    }

    @Inject
    EntityManager em;

    public BigDecimal cost(UUID customerId, String currency, LocalDate from, LocalDate to) {
        Object result = em.createNativeQuery("SELECT coalesce(sum(cost), 0) FROM usage_daily "
                        + "WHERE customer_id = ?1 AND currency = ?2 AND usage_date BETWEEN ?3 AND ?4")
                .setParameter(1, customerId).setParameter(2, currency).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        return (BigDecimal) result;
    }

    /** Run-rate over the last {@code days} complete days with data ({@link UsageHistory#window}). */
    public RunRate runRate(UUID customerId, String currency, UsageHistory history, int days) {
        UsageHistory.Window window = history.window(days);
        return window == null ? RunRate.NONE
                : new RunRate(cost(customerId, currency, window.from(), window.to()), window.days());
    }

    /**
     * The first day with usage, the last one before {@code today} and the last one at all, in one currency: three
     * walks of the primary key (customer, day), each stopping at its first match.
     */
    public UsageHistory history(UUID customerId, String currency, LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT usage_date FROM usage_daily WHERE customer_id = ?1 AND currency = ?2 ORDER BY usage_date LIMIT 1), "
                        + "(SELECT usage_date FROM usage_daily WHERE customer_id = ?1 AND currency = ?2 AND usage_date < ?3 "
                        + "ORDER BY usage_date DESC LIMIT 1), "
                        + "(SELECT usage_date FROM usage_daily WHERE customer_id = ?1 AND currency = ?2 ORDER BY usage_date DESC LIMIT 1)")
                .setParameter(1, customerId).setParameter(2, currency).setParameter(3, today)
                .getSingleResult();
        return new UsageHistory(today, nullableDate(row[0]), nullableDate(row[1]), nullableDate(row[2]));
    }

    /** Cost per calendar month between from and to (inclusive); months without usage are absent. */
    public Map<YearMonth, BigDecimal> monthly(UUID customerId, String currency, LocalDate from, LocalDate to) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        if (to.isBefore(from)) {
            return months;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT to_char(usage_date, 'YYYY-MM'), sum(cost) FROM usage_daily "
                        + "WHERE customer_id = ?1 AND currency = ?2 AND usage_date BETWEEN ?3 AND ?4 GROUP BY 1 ORDER BY 1")
                .setParameter(1, customerId).setParameter(2, currency).setParameter(3, from).setParameter(4, to)
                .getResultList();
        for (Object[] row : rows) {
            months.put(YearMonth.parse((String) row[0]), (BigDecimal) row[1]);
        }
        return months;
    }

    /** The currency with the most cost in the 90 days up to {@code to}, or null when there is no usage. */
    public String mainCurrency(UUID customerId, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT currency FROM usage_daily WHERE customer_id = ?1 "
                        + "AND usage_date BETWEEN ?2 AND ?3 GROUP BY currency ORDER BY sum(cost) DESC LIMIT 1")
                .setParameter(1, customerId).setParameter(2, to.minusDays(89)).setParameter(3, to)
                .getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0)).strip();
    }

    public List<SeriesPoint> series(UUID customerId, LocalDate from, LocalDate to, GroupBy groupBy) {
        String key = switch (groupBy) {
            case DAY -> "to_char(usage_date, 'YYYY-MM-DD')";
            case MONTH -> "to_char(usage_date, 'YYYY-MM')";
            case SERVICE -> "service";
            case SUBSCRIPTION -> "subscription_id";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + key + " AS k, currency, sum(cost) FROM usage_daily "
                        + "WHERE customer_id = ?1 AND usage_date BETWEEN ?2 AND ?3 GROUP BY k, currency ORDER BY k, currency")
                .setParameter(1, customerId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        return rows.stream().map(r -> new SeriesPoint((String) r[0], String.valueOf(r[1]).strip(), (BigDecimal) r[2])).toList();
    }

    /** Cost per service and day, for anomaly detection. */
    public List<ServiceDay> serviceDays(UUID customerId, String currency, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT service, usage_date, sum(cost) FROM usage_daily "
                        + "WHERE customer_id = ?1 AND currency = ?2 AND usage_date BETWEEN ?3 AND ?4 GROUP BY 1, 2")
                .setParameter(1, customerId).setParameter(2, currency).setParameter(3, from).setParameter(4, to)
                .getResultList();
        return rows.stream().map(r -> new ServiceDay((String) r[0], toLocalDate(r[1]), (BigDecimal) r[2])).toList();
    }

    /** The first day with usage, per service; key null = the customer's total. */
    public Map<String, LocalDate> firstDays(UUID customerId, String currency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT service, min(usage_date) FROM usage_daily "
                        + "WHERE customer_id = ?1 AND currency = ?2 GROUP BY service")
                .setParameter(1, customerId).setParameter(2, currency)
                .getResultList();
        Map<String, LocalDate> first = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = toLocalDate(row[1]);
            first.put((String) row[0], day);
            first.merge(null, day, (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }

    private static LocalDate nullableDate(Object value) {
        return value == null ? null : toLocalDate(value);
    }

    static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }
}
