package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events a consumer has applied, inside the transaction that applies them. */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /**
     * True the first time this consumer sees this event; false on every redelivery. The topic decides how long the
     * row is kept ({@link InboxRetention}): as long as the topic can deliver the event again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String topic, IncomingEvent event) {
        return em.createNativeQuery("INSERT INTO inbox_event (consumer, event_id, event_type, topic) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, topic)
                .executeUpdate() == 1;
    }
}
