package io.adeplatform.platform.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events waiting for their customer (table customer_projection_parked_event), in arrival order. */
@ApplicationScoped
public class ParkedCustomerEvents {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(UUID customerId, IncomingEvent event) {
        em.createNativeQuery("INSERT INTO customer_projection_parked_event (customer_id, event_id, event_type, source, "
                        + "payload, parked_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)")
                .setParameter(1, customerId)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.source())
                .setParameter(5, event.data().toString())
                .setParameter(6, OffsetDateTime.now())
                .executeUpdate();
    }

    /** Removes and returns the customer's parked events, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomingEvent> take(UUID customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_id, event_type, source, CAST(payload AS text) "
                        + "FROM customer_projection_parked_event WHERE customer_id = ?1 ORDER BY seq")
                .setParameter(1, customerId).getResultList();
        List<IncomingEvent> events = new ArrayList<>();
        for (Object[] row : rows) {
            events.add(new IncomingEvent((UUID) row[0], (String) row[1], (String) row[2], customerId.toString(),
                    json((String) row[3])));
        }
        em.createNativeQuery("DELETE FROM customer_projection_parked_event WHERE customer_id = ?1")
                .setParameter(1, customerId).executeUpdate();
        return events;
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM customer_projection_parked_event")
                .getSingleResult()).longValue();
    }

    private com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parked payload is not JSON", e); // it was an object when parked
        }
    }
}
