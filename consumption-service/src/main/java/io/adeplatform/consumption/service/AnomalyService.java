package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Anomaly;
import io.adeplatform.consumption.domain.AnomalyDetector;
import io.adeplatform.consumption.domain.AnomalyDetector.Finding;
import io.adeplatform.consumption.events.AnomalyDetected;
import io.adeplatform.consumption.persistence.AnomalyQueries;
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

/** Days whose cost departed from the trailing baseline ({@link AnomalyDetector}): detected after ingestion, listed. */
@ApplicationScoped
public class AnomalyService extends ConsumptionUseCase {

    @Inject
    UsageQueries usage;

    @Inject
    AnomalyQueries anomalies;

    @Inject
    OutboxWriter outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Anomaly> list(UUID customerId, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(anomalies.newestFirst(customerId, page.limit + 1, page.offset()), page,
                anomaly -> anomaly);
    }

    /**
     * Checks the days that just received usage, for the customer's total and each service with usage that day; a
     * day whose data has not arrived yet is never checked, so never reported as a drop. Each anomaly is stored once
     * (per customer, service, day and currency) and published with ConsumptionAnomalyDetected.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detect(UUID customerId, String currency, Set<LocalDate> candidates) {
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
