package io.adeplatform.relationship.service.cadence;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.CrossCustomerEvents;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.cadence.CadenceQueries;
import io.adeplatform.relationship.service.HealthRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What portfolio's events tell the cadence: a customer's engagements (created, closed) and the steering committee
 * meetings held on them. Only a customer's own engagements count: an event naming a known engagement with another
 * customer is dropped (CrossCustomerEvents); one naming a customer this service does not have is refused (poison).
 * Each change recomputes the customer's health.
 */
@ApplicationScoped
public class SteeringCadenceService {

    private static final String ENGAGEMENT = "engagement";

    @Inject
    CustomerRepository customers;

    @Inject
    CadenceQueries queries;

    @Inject
    HealthRecorder health;

    /** A new engagement: a steering committee is due from its start. */
    @Transactional
    public void engagementCreated(String event, UUID engagementId, UUID customerId, LocalDate startDate) {
        if (owned(event, engagementId, customerId)) {
            queries.engagement(engagementId, customerId, startDate, true);
            health.factsChanged(customerId);
        }
    }

    /** A closed engagement has no steering committee due any more. */
    @Transactional
    public void engagementClosed(String event, UUID engagementId, UUID customerId) {
        if (owned(event, engagementId, customerId)) {
            queries.close(engagementId);
            health.factsChanged(customerId);
        }
    }

    /**
     * A steering committee held on {@code date}; an engagement first heard of here counts from {@code heardOn}. A
     * meeting dated after today counts once its day has come.
     */
    @Transactional
    public void steeringMeetingHeld(String event, UUID meetingId, UUID engagementId, UUID customerId, LocalDate date,
                                    LocalDate heardOn) {
        if (owned(event, engagementId, customerId)) {
            queries.engagement(engagementId, customerId, heardOn, false);
            queries.steeringMeeting(meetingId, engagementId, date);
            health.factsChanged(customerId);
        }
    }

    /** The customer exists here (else poison), and the engagement is unknown or already this customer's. */
    private boolean owned(String event, UUID engagementId, UUID customerId) {
        if (customers.findById(customerId) == null) {
            throw new NotFound("customer", customerId);
        }
        UUID owner = queries.engagementOwner(engagementId);
        return owner == null || CrossCustomerEvents.sameCustomer(event, ENGAGEMENT, engagementId, owner, customerId);
    }
}
