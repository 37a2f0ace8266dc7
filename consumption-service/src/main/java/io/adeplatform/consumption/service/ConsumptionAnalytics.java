package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.consumption.domain.AnomalyDetector;
import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.ConsumptionForecast;
import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;
import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.consumption.messaging.ConsumptionEvents;
import io.adeplatform.consumption.messaging.ConsumptionEvents.AnomalyDetected;
import io.adeplatform.consumption.messaging.ConsumptionEvents.CommitmentAtRisk;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.consumption.persistence.UsageQueries;
import io.adeplatform.consumption.persistence.UsageQueries.GroupBy;
import io.adeplatform.consumption.persistence.UsageQueries.SeriesPoint;
import io.adeplatform.consumption.persistence.UsageQueries.ServiceDay;
import io.adeplatform.consumption.persistence.UsageStore.StoredDay;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Summary, series and anomalies; plus what runs after every ingestion (anomaly detection, commitment risk). */
@ApplicationScoped
public class ConsumptionAnalytics {

    public static final int MAX_SERIES_DAYS = 3660;

    public record CommitmentSummary(UUID commitmentId, boolean atRisk, CommitmentOutlook outlook) {
    }

    public record Summary(UUID customerId, LocalDate asOf, String currency, MonthOutlook month,
                          List<CommitmentSummary> commitments) {
    }

    public record SeriesItem(String key, Money cost) {
    }

    public record Series(UUID customerId, LocalDate from, LocalDate to, String groupBy, List<SeriesItem> items) {
    }

    public record AnomalyView(UUID id, UUID customerId, String service, LocalDate date, Money cost, Money baseline,
                              BigDecimal deviations, String direction, OffsetDateTime detectedAt) {
    }

    @Inject
    UsageQueries usage;

    @Inject
    GoalRepository goals;

    @Inject
    CommitmentRepository commitments;

    @Inject
    AccountAccess access;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(UUID customerId, String requestedCurrency) {
        access.requireVisible(customerId);
        LocalDate asOf = LocalDate.now(clock);
        Goal goal = goals.find("customerId = ?1 and month = ?2", customerId, asOf.withDayOfMonth(1)).firstResult();
        List<Commitment> open = commitments.list("customerId = ?1 and endDate >= ?2 order by endDate, id", customerId, asOf);
        String currency = requestedCurrency != null ? requestedCurrency
                : goal != null ? goal.currency.strip()
                : !open.isEmpty() ? open.get(0).currency.strip()
                : usage.mainCurrency(customerId, asOf);
        if (currency == null) {
            currency = "USD";
        }
        MonthOutlook month = monthOutlook(customerId, asOf, currency, goal);
        List<CommitmentSummary> outlooks = new ArrayList<>();
        for (Commitment commitment : open) {
            outlooks.add(new CommitmentSummary(commitment.id, commitment.atRisk, outlook(commitment, asOf)));
        }
        return new Summary(customerId, asOf, currency, month, outlooks);
    }

    private MonthOutlook monthOutlook(UUID customerId, LocalDate asOf, String currency, Goal goal) {
        BigDecimal mtd = usage.cost(customerId, currency, asOf.withDayOfMonth(1), asOf);
        BigDecimal last7 = usage.cost(customerId, currency, asOf.minusDays(6), asOf);
        BigDecimal last30 = usage.cost(customerId, currency, asOf.minusDays(29), asOf);
        Money goalMoney = goal != null && goal.currency.strip().equals(currency) ? new Money(goal.amount, currency) : null;
        return ConsumptionForecast.month(asOf, currency, mtd, last7, last30, goalMoney);
    }

    CommitmentOutlook outlook(Commitment commitment, LocalDate asOf) {
        String currency = commitment.currency.strip();
        LocalDate consumedTo = asOf.isBefore(commitment.endDate) ? asOf : commitment.endDate;
        var monthly = usage.monthly(commitment.customerId, currency, commitment.startDate, consumedTo);
        BigDecimal last30 = usage.cost(commitment.customerId, currency, asOf.minusDays(29), asOf);
        return ConsumptionForecast.commitment(asOf, new Money(commitment.amount, currency), commitment.startDate,
                commitment.endDate, monthly, last30);
    }

    /**
     * Re-evaluates a commitment: publishes CommitmentAtRisk when the projected shortfall turns positive, and clears
     * the flag when it is gone again, so the event fires once per crossing. Runs inside the caller's transaction.
     */
    void evaluateRisk(Commitment commitment) {
        LocalDate asOf = LocalDate.now(clock);
        CommitmentOutlook outlook = outlook(commitment, asOf);
        boolean atRisk = outlook.atRisk();
        if (atRisk && !commitment.atRisk) {
            commitment.atRisk = true;
            outbox.append(ConsumptionEvents.COMMITMENT, commitment.id, CommitmentAtRisk.NAME, new CommitmentAtRisk(
                    commitment.id, commitment.customerId, outlook.commitment(), outlook.projected(), outlook.shortfall(),
                    outlook.requiredDailyRate(), commitment.endDate, OffsetDateTime.now(clock)));
        } else if (!atRisk && commitment.atRisk) {
            commitment.atRisk = false;
        }
    }

    /** After rows were stored: anomalies on the days that received usage, and the commitments' risk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterIngestion(List<StoredDay> stored) {
        Map<UUID, Map<String, Set<LocalDate>>> days = new HashMap<>();
        for (StoredDay day : stored) {
            days.computeIfAbsent(day.customerId(), c -> new HashMap<>())
                    .computeIfAbsent(day.currency(), c -> new TreeSet<>()).add(day.date());
        }
        LocalDate asOf = LocalDate.now(clock);
        for (var customer : days.entrySet()) {
            for (var currency : customer.getValue().entrySet()) {
                detectAnomalies(customer.getKey(), currency.getKey(), currency.getValue());
            }
            for (Commitment commitment : commitments.list("customerId = ?1 and endDate > ?2", customer.getKey(), asOf)) {
                evaluateRisk(commitment);
            }
        }
    }

    private void detectAnomalies(UUID customerId, String currency, Set<LocalDate> candidates) {
        LocalDate from = candidates.stream().min(LocalDate::compareTo).orElseThrow().minusDays(AnomalyDetector.WINDOW_DAYS);
        LocalDate to = candidates.stream().max(LocalDate::compareTo).orElseThrow();
        Map<String, LocalDate> firstDays = usage.firstDays(customerId, currency);
        Map<String, Map<LocalDate, BigDecimal>> byService = new HashMap<>();
        Map<LocalDate, BigDecimal> total = new HashMap<>();
        for (ServiceDay day : usage.serviceDays(customerId, currency, from, to)) {
            byService.computeIfAbsent(day.service(), s -> new HashMap<>()).merge(day.date(), day.cost(), BigDecimal::add);
            total.merge(day.date(), day.cost(), BigDecimal::add);
        }
        record(customerId, null, currency, AnomalyDetector.detect(total, firstDays.get(null), candidates));
        for (var service : byService.entrySet()) {
            List<LocalDate> withUsage = candidates.stream().filter(service.getValue()::containsKey).toList();
            record(customerId, service.getKey(), currency,
                    AnomalyDetector.detect(service.getValue(), firstDays.get(service.getKey()), withUsage));
        }
    }

    private void record(UUID customerId, String service, String currency, List<AnomalyDetector.Finding> findings) {
        for (AnomalyDetector.Finding finding : findings) {
            UUID id = UUID.randomUUID();
            String direction = finding.direction().name().toLowerCase();
            int inserted = em.createNativeQuery("INSERT INTO usage_anomaly (id, customer_id, service, usage_date, cost, "
                            + "baseline, deviations, direction, currency, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter(1, id).setParameter(2, customerId).setParameter(3, service)
                    .setParameter(4, finding.date()).setParameter(5, finding.cost()).setParameter(6, finding.baseline())
                    .setParameter(7, finding.deviations()).setParameter(8, direction).setParameter(9, currency)
                    .setParameter(10, OffsetDateTime.now(clock))
                    .executeUpdate();
            if (inserted == 1) {
                outbox.append(ConsumptionEvents.USAGE, customerId, AnomalyDetected.NAME, new AnomalyDetected(id, customerId,
                        service, finding.date(), new Money(finding.cost(), currency).rounded(),
                        new Money(finding.baseline(), currency).rounded(), finding.deviations(), direction));
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Series series(UUID customerId, LocalDate from, LocalDate to, GroupBy groupBy) {
        access.requireVisible(customerId);
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(29);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > MAX_SERIES_DAYS) {
            throw new InvalidInput("invalid date range", List.of(new FieldError("to",
                    "must not be before 'from', and the range at most " + MAX_SERIES_DAYS + " days")));
        }
        List<SeriesItem> items = usage.series(customerId, start, end, groupBy).stream()
                .map((SeriesPoint p) -> new SeriesItem(p.key(), new Money(p.cost(), p.currency()).rounded()))
                .toList();
        return new Series(customerId, start, end, groupBy.name().toLowerCase(), items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AnomalyView> anomalies(UUID customerId, PageRequest page) {
        access.requireVisible(customerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, customer_id, service, usage_date, cost, baseline, deviations, "
                        + "direction, currency, detected_at FROM usage_anomaly WHERE customer_id = ?1 "
                        + "ORDER BY usage_date DESC, service NULLS FIRST, id LIMIT ?2 OFFSET ?3")
                .setParameter(1, customerId).setParameter(2, page.limit + 1).setParameter(3, page.offset())
                .getResultList();
        return Page.fromOverfetch(rows, page, r -> {
            String currency = String.valueOf(r[8]).strip();
            return new AnomalyView((UUID) r[0], (UUID) r[1], (String) r[2], toDate(r[3]),
                    new Money((BigDecimal) r[4], currency).rounded(), new Money((BigDecimal) r[5], currency).rounded(),
                    (BigDecimal) r[6], (String) r[7], toTime(r[9]));
        });
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
