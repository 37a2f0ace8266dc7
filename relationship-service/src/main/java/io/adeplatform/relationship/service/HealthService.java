package io.adeplatform.relationship.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.api.CoverageResponse;
import io.adeplatform.relationship.api.HealthHistoryEntry;
import io.adeplatform.relationship.api.HealthResponse;
import io.adeplatform.relationship.domain.Coverage;
import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.domain.HealthCalculator;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.messaging.CustomerEventPayloads;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.HealthChanged;
import io.adeplatform.relationship.persistence.InteractionRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes coverage and relationship health from the stored facts, records every change of the score in
 * health_history and publishes HealthChanged when the band changes.
 */
@ApplicationScoped
public class HealthService {

    public static final String SOURCE_ESCALATION = "escalation";
    public static final String SOURCE_INVOICE = "invoice";
    public static final String SOURCE_COMMITMENT = "commitment";

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    InteractionRepository interactions;

    @Inject
    EntityManager em;

    @Inject
    OutboxWriter outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    CustomerGuard guard;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageResponse coverage(UUID customerId) {
        guard.readable(customerId);
        return CoverageResponse.of(customerId, coverageOf(customerId, today()));
    }

    /** Health now; a change against the last recorded value is recorded (and published when the band moved). */
    @Transactional
    public HealthResponse health(UUID customerId) {
        guard.readable(customerId);
        return refresh(customerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HealthHistoryEntry> history(UUID customerId, PageRequest page) {
        guard.readable(customerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT computed_at, score, band, CAST(factors AS text) FROM health_history "
                        + "WHERE customer_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3")
                .setParameter(1, customerId).setParameter(2, page.limit + 1).setParameter(3, page.offset())
                .getResultList();
        return Page.fromOverfetch(rows, page, row -> new HealthHistoryEntry(toOffset(row[0]),
                ((Number) row[1]).intValue(), HealthBand.valueOf((String) row[2]), json((String) row[3])));
    }

    /** Recomputes, inside the caller's transaction, after any change of the facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HealthResponse refresh(UUID customerId) {
        lock(customerId);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        HealthCalculator.Assessment assessment = HealthCalculator.assess(inputs(customerId, now));
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("SELECT score, band FROM health_history WHERE customer_id = ?1 "
                        + "ORDER BY id DESC LIMIT 1")
                .setParameter(1, customerId).getResultList();
        Integer lastScore = last.isEmpty() ? null : ((Number) last.get(0)[0]).intValue();
        HealthBand lastBand = last.isEmpty() ? null : HealthBand.valueOf((String) last.get(0)[1]);
        if (lastScore == null || lastScore != assessment.score()) {
            em.createNativeQuery("INSERT INTO health_history (customer_id, computed_at, score, band, factors) "
                            + "VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))")
                    .setParameter(1, customerId).setParameter(2, now).setParameter(3, assessment.score())
                    .setParameter(4, assessment.band().name()).setParameter(5, text(assessment.factors()))
                    .executeUpdate();
        }
        if (lastBand != null && lastBand != assessment.band()) {
            outbox.append(CustomerEventPayloads.AGGREGATE, customerId, HealthChanged.NAME,
                    new HealthChanged(customerId, lastBand, assessment.band(), assessment.score(), now));
        }
        int totalWeight = assessment.factors().stream().mapToInt(HealthCalculator.Factor::weight).sum();
        return new HealthResponse(customerId, assessment.score(), assessment.band(), totalWeight, assessment.factors(), now);
    }

    HealthCalculator.Inputs inputs(UUID customerId, OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Stakeholder> all = stakeholders.ofCustomer(customerId);
        Coverage.Result coverage = coverageOf(customerId, all, today);
        List<UUID> executives = all.stream().filter(s -> Coverage.EXECUTIVE_ROLES.contains(s.roleType)).map(s -> s.id).toList();
        List<LocalDate> executiveDates = interactions.datesInvolving(customerId, executives).stream()
                .filter(d -> !d.isAfter(today)).toList();
        Long daysSince = executiveDates.stream().max(LocalDate::compareTo)
                .map(d -> ChronoUnit.DAYS.between(d, today)).orElse(null);
        int recent = (int) executiveDates.stream().filter(d -> !d.isBefore(today.minusDays(Coverage.ENGAGED_WITHIN_DAYS))).count();
        List<HealthCalculator.StakeholderWeight> weights = all.stream().filter(s -> s.active)
                .map(s -> new HealthCalculator.StakeholderWeight(s.influence, s.stance)).toList();

        @SuppressWarnings("unchecked")
        List<Object[]> signals = em.createNativeQuery("SELECT source, severity, active, occurred_at FROM health_signal "
                + "WHERE customer_id = ?1").setParameter(1, customerId).getResultList();
        HealthCalculator.EscalationSignal escalations = null;
        Integer overdue = null;
        Integer atRisk = null;
        for (Object[] row : signals) {
            String source = (String) row[0];
            String severity = (String) row[1];
            boolean active = (Boolean) row[2];
            OffsetDateTime at = toOffset(row[3]);
            switch (source) {
                case SOURCE_ESCALATION -> {
                    if (escalations == null) {
                        escalations = new HealthCalculator.EscalationSignal(0, 0);
                    }
                    if (active && "critical".equals(severity)) {
                        escalations = new HealthCalculator.EscalationSignal(escalations.openCritical() + 1, escalations.openHigh());
                    } else if (active && "high".equals(severity)) {
                        escalations = new HealthCalculator.EscalationSignal(escalations.openCritical(), escalations.openHigh() + 1);
                    }
                }
                case SOURCE_INVOICE -> overdue = (overdue == null ? 0 : overdue) + (active ? 1 : 0);
                case SOURCE_COMMITMENT -> atRisk = (atRisk == null ? 0 : atRisk)
                        + (active && !at.isBefore(now.minusDays(30)) ? 1 : 0);
                default -> {
                }
            }
        }
        return new HealthCalculator.Inputs(coverage.engagedCount(), Coverage.KEY_ROLES.size(), daysSince, recent,
                weights, escalations, overdue, atRisk);
    }

    Coverage.Result coverageOf(UUID customerId, LocalDate today) {
        return coverageOf(customerId, stakeholders.ofCustomer(customerId), today);
    }

    private Coverage.Result coverageOf(UUID customerId, List<Stakeholder> all, LocalDate today) {
        Map<UUID, LocalDate> last = interactions.lastContacts(customerId);
        return Coverage.of(all.stream().map(s -> new Coverage.Contact(s.id, s.name, s.roleType, s.stance, s.influence,
                s.active, last.get(s.id))).toList(), today);
    }

    /** Stores what another service told us about one item (latest state wins), then recomputes health. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSignal(String source, UUID itemId, UUID customerId, String severity, boolean active, OffsetDateTime at) {
        lock(customerId);
        em.createNativeQuery("INSERT INTO health_signal (source, item_id, customer_id, severity, active, occurred_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (source, item_id) DO UPDATE SET "
                        + "severity = COALESCE(EXCLUDED.severity, health_signal.severity), active = EXCLUDED.active, "
                        + "occurred_at = EXCLUDED.occurred_at")
                .setParameter(1, source).setParameter(2, itemId).setParameter(3, customerId)
                .setParameter(4, severity).setParameter(5, active).setParameter(6, at)
                .executeUpdate();
        refresh(customerId);
    }

    /**
     * Serialises health refreshes of one customer (consumers and requests run concurrently), so each computation
     * sees the facts committed before it and the history never flaps. NO KEY UPDATE does not block the key-share locks
     * that inserting stakeholders or signals takes on the customer row.
     */
    private void lock(UUID customerId) {
        em.createNativeQuery("SELECT id FROM customer WHERE id = ?1 FOR NO KEY UPDATE").setParameter(1, customerId)
                .getResultList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }

    private String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(String value) {
        try {
            return mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
