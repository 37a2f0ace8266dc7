package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Anomaly;
import io.adeplatform.consumption.domain.AnomalyDetector;
import io.adeplatform.consumption.domain.AnomalyDetector.Finding;
import io.adeplatform.consumption.events.AnomalyDetected;
import io.adeplatform.consumption.config.SignalsConfig;
import io.adeplatform.consumption.domain.UsageHistory;
import io.adeplatform.consumption.persistence.AnomalyQueries;
import io.adeplatform.consumption.persistence.AnomalyScanRepository;
import io.adeplatform.consumption.persistence.AnomalyScanRepository.Scan;
import io.adeplatform.consumption.persistence.UsageQueries;
import io.adeplatform.consumption.persistence.UsageQueries.ServiceDay;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Days whose cost departed from the trailing baseline ({@link AnomalyDetector}): detected after ingestion and by the
 * scheduler on complete days only, listed.
 */
@ApplicationScoped
public class AnomalyService extends ConsumptionUseCase {

    @Inject
    UsageQueries usage;

    @Inject
    AnomalyQueries anomalies;

    @Inject
    AnomalyScanRepository scans;

    @Inject
    OutboxWriter outbox;

    @Inject
    SignalsConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Anomaly> list(UUID customerId, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(anomalies.newestFirst(customerId, page.limit + 1, page.offset()), page,
                anomaly -> anomaly);
    }

    /**
     * After ingestion: checks the <b>complete</b> days (before today, UTC) that just received usage, for the
     * customer's total and each service with usage that day. Today is partial (the partner feed delivers it record by
     * record), so it is never checked here: the scheduler checks it once it has ended ({@link #scan}). Each anomaly is
     * stored once (per customer, service, day and currency) and published with ConsumptionAnomalyDetected.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detect(UUID customerId, String currency, Set<LocalDate> stored) {
        LocalDate today = today();
        LocalDate latest = stored.stream().max(LocalDate::compareTo).orElseThrow();
        scans.register(customerId, currency, latest.isBefore(today) ? latest : today.minusDays(1), now());
        List<LocalDate> complete = stored.stream().filter(day -> day.isBefore(today)).sorted().toList();
        if (!complete.isEmpty()) {
            check(customerId, currency, complete, false);
        }
    }

    /**
     * The scheduler's check of one customer's series: every day after the last scan up to the last day whose data has
     * arrived ({@link UsageHistory#arrivedThrough}), days without usage included (a stoppage), for the total and every
     * service with usage in the baseline. Runs in the caller's transaction, which holds the scan row's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scan(Scan scan) {
        UsageHistory history = usage.history(scan.customerId(), scan.currency(), today());
        LocalDate through = history.arrivedThrough(config.noUsageDays());
        if (through != null && through.isAfter(scan.scannedThrough())) {
            List<LocalDate> days = scan.scannedThrough().plusDays(1).datesUntil(through.plusDays(1)).toList();
            check(scan.customerId(), scan.currency(), days, true);
        }
        scans.checked(scan, through != null && through.isAfter(scan.scannedThrough()) ? through : scan.scannedThrough(), now());
    }

    /** @param silentDays also check services on the days they have no usage (the scan, whose days have all arrived) */
    private void check(UUID customerId, String currency, List<LocalDate> days, boolean silentDays) {
        LocalDate from = days.get(0).minusDays(AnomalyDetector.WINDOW_DAYS);
        LocalDate to = days.get(days.size() - 1);
        Map<String, LocalDate> firstDays = usage.firstDays(customerId, currency);
        Map<String, Map<LocalDate, BigDecimal>> byService = new HashMap<>();
        Map<LocalDate, BigDecimal> total = new HashMap<>();
        for (ServiceDay day : usage.serviceDays(customerId, currency, from, to)) {
            byService.computeIfAbsent(day.service(), s -> new HashMap<>()).merge(day.date(), day.cost(), BigDecimal::add);
            total.merge(day.date(), day.cost(), BigDecimal::add);
        }
        record(customerId, null, currency, AnomalyDetector.detect(total, firstDays.get(null), days));
        for (var service : byService.entrySet()) {
            List<LocalDate> candidates = silentDays ? days : days.stream().filter(service.getValue()::containsKey).toList();
            record(customerId, service.getKey(), currency,
                    AnomalyDetector.detect(service.getValue(), firstDays.get(service.getKey()), candidates));
        }
    }

    private void record(UUID customerId, String service, String currency, List<Finding> findings) {
        for (Finding finding : findings) {
            UUID id = UUID.randomUUID();
            if (anomalies.insertIfNew(id, customerId, service, currency, finding, now())) {
                outbox.append(AnomalyDetected.AGGREGATE, customerId, AnomalyDetected.NAME, new AnomalyDetected(id,
                        customerId, service, finding.date(), new Money(finding.cost(), currency).rounded(),
                        new Money(finding.baseline(), currency).rounded(), finding.deviations(),
                        WireEnums.wireName(finding.direction())));
            }
        }
    }
}
