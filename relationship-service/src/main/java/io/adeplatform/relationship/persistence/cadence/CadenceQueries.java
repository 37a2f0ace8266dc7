package io.adeplatform.relationship.persistence.cadence;

import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.domain.InteractionType;
import io.adeplatform.relationship.domain.cadence.CadenceCustomer;
import io.adeplatform.relationship.domain.cadence.CadenceEngagement;
import io.adeplatform.relationship.domain.CadenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cadence's facts: active customers, the last QBR and executive briefing recorded as interactions, and the
 * engagements and steering meetings learned from portfolio's events. {@code customers} empty means every customer.
 */
@ApplicationScoped
public class CadenceQueries {

    /** The interaction types that hold a customer-level cadence item. */
    private static final Map<InteractionType, CadenceKind> INTERACTION_KINDS = Map.of(
            InteractionType.QBR, CadenceKind.QBR,
            InteractionType.EXECUTIVE_BRIEFING, CadenceKind.EXECUTIVE_BRIEFING);

    @Inject
    EntityManager em;

    /** Active customers (archived ones keep no cadence), by name. */
    public List<CadenceCustomer> activeCustomers(Optional<Set<UUID>> customers) {
        if (customers.isPresent() && customers.get().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select c.id, c.name, c.createdAt from Customer c where c.status = :active"
                        + (customers.isPresent() ? " and c.id in :ids" : "") + " order by c.name, c.id", Object[].class)
                .setParameter("active", CustomerStatus.ACTIVE);
        customers.ifPresent(ids -> query.setParameter("ids", ids));
        return query.getResultList().stream().map(r -> new CadenceCustomer((UUID) r[0], (String) r[1],
                ((OffsetDateTime) r[2]).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())).toList();
    }

    /** Per customer, the day of the last QBR and of the last executive briefing (interactions are never in the future). */
    public Map<UUID, Map<CadenceKind, LocalDate>> lastHeld(Optional<Set<UUID>> customers) {
        if (customers.isPresent() && customers.get().isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("select i.customerId, i.type, max(i.date) from Interaction i where i.type in :types"
                        + (customers.isPresent() ? " and i.customerId in :ids" : "") + " group by i.customerId, i.type",
                        Object[].class)
                .setParameter("types", INTERACTION_KINDS.keySet());
        customers.ifPresent(ids -> query.setParameter("ids", ids));
        Map<UUID, Map<CadenceKind, LocalDate>> result = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            result.computeIfAbsent((UUID) r[0], id -> new EnumMap<>(CadenceKind.class))
                    .put(INTERACTION_KINDS.get((InteractionType) r[1]), (LocalDate) r[2]);
        }
        return result;
    }

    /** The open engagements of these customers, each with its last steering meeting held on or before {@code today}. */
    public List<CadenceEngagement> openEngagements(Optional<Set<UUID>> customers, LocalDate today) {
        if (customers.isPresent() && customers.get().isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT e.engagement_id, e.customer_id, e.start_date, "
                        + "(SELECT max(m.meeting_date) FROM cadence_steering_meeting m "
                        + "WHERE m.engagement_id = e.engagement_id AND m.meeting_date <= :today) "
                        + "FROM cadence_engagement e WHERE NOT e.closed"
                        + (customers.isPresent() ? " AND e.customer_id IN (:ids)" : ""), Object[].class)
                .setParameter("today", today);
        customers.ifPresent(ids -> query.setParameter("ids", ids));
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CadenceEngagement((UUID) r[0], (UUID) r[1], date(r[2]),
                r[3] == null ? null : date(r[3]))).toList();
    }

    /** The customer an engagement id belongs to, or null when this service has not heard of it. */
    public UUID engagementOwner(UUID engagementId) {
        List<?> rows = em.createNativeQuery("SELECT customer_id FROM cadence_engagement WHERE engagement_id = ?1")
                .setParameter(1, engagementId).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /** Remembers an engagement; its created event sets the start even when another event made it known first. */
    public void engagement(UUID engagementId, UUID customerId, LocalDate startDate, boolean fromCreated) {
        em.createNativeQuery("INSERT INTO cadence_engagement (engagement_id, customer_id, start_date) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (engagement_id) DO " + (fromCreated ? "UPDATE SET start_date = ?3" : "NOTHING"))
                .setParameter(1, engagementId).setParameter(2, customerId).setParameter(3, startDate).executeUpdate();
    }

    public void close(UUID engagementId) {
        em.createNativeQuery("UPDATE cadence_engagement SET closed = true WHERE engagement_id = ?1")
                .setParameter(1, engagementId).executeUpdate();
    }

    /** A meeting held; the same meeting twice changes nothing. */
    public void steeringMeeting(UUID meetingId, UUID engagementId, LocalDate date) {
        em.createNativeQuery("INSERT INTO cadence_steering_meeting (meeting_id, engagement_id, meeting_date) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (meeting_id) DO NOTHING")
                .setParameter(1, meetingId).setParameter(2, engagementId).setParameter(3, date).executeUpdate();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
