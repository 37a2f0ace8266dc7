package io.adeplatform.platform.security;

import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.UUID;

/**
 * The consumers' side of tenancy: an event that names one customer but a thing (engagement, contract, ...) another
 * customer owns is dropped and logged, not retried and not dead-lettered (it will never apply, and redelivering it
 * changes nothing). Every consumer that applies an event to something it holds asks here first.
 */
public final class CrossCustomerEvents {

    private static final Logger LOG = Logger.getLogger(CrossCustomerEvents.class);

    private CrossCustomerEvents() {
    }

    /**
     * True when {@code owner} (the customer owning the {@code what} with this id, as this service knows it) is the
     * customer the event names; otherwise logs the dropped event at WARN and answers false.
     */
    public static boolean sameCustomer(String event, String what, Object id, UUID owner, UUID named) {
        if (Objects.equals(owner, named)) {
            return true;
        }
        LOG.warnf("dropped %s: it names customer %s, but %s %s belongs to another customer", event, named, what, id);
        return false;
    }
}
