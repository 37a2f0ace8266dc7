package io.adeplatform.relationship.events;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.relationship.domain.PlanOpportunity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payloads about account-plan opportunities. They go on relationship.customer.events (aggregate customer, key the
 * customer id): billing-service already reads that topic, and every customer projection skips types it does not
 * project, so no new topic and no new access rights are needed. Schema in
 * contracts/events/relationship/customer-opportunity-won.v1.schema.json.
 */
public final class OpportunityEventPayloads {

    private OpportunityEventPayloads() {
    }

    /** No user names: who won it is not billing's business. */
    public record OpportunityWon(UUID opportunityId, UUID customerId, String name, String description,
                                 Money estimatedValue, Integer probability, String expectedCloseMonth,
                                 OffsetDateTime wonAt) {

        public static final String NAME = "opportunity-won";

        public static OpportunityWon of(PlanOpportunity o, OffsetDateTime at) {
            return new OpportunityWon(o.id, o.customerId, o.name, o.description, o.estimatedValue(), o.probability,
                    o.expectedCloseMonth, at);
        }
    }

    /**
     * The whole current state of an opportunity after it was created, changed, moved or removed ({@code status}
     * "removed", {@code version} one past the last kept): readers keep the highest version per opportunity.
     */
    public record OpportunityChanged(UUID opportunityId, UUID customerId, String name, String status,
                                     Money estimatedValue, Integer probability, String expectedCloseMonth,
                                     long version, OffsetDateTime changedAt) {

        public static final String NAME = "opportunity-changed";
        public static final String REMOVED = "removed";

        public static OpportunityChanged of(PlanOpportunity o, OffsetDateTime at) {
            return new OpportunityChanged(o.id, o.customerId, o.name, WireEnums.wireName(o.stage), o.estimatedValue(),
                    o.probability, o.expectedCloseMonth, o.version, at);
        }

        public static OpportunityChanged removed(PlanOpportunity o, OffsetDateTime at) {
            return new OpportunityChanged(o.id, o.customerId, o.name, REMOVED, o.estimatedValue(), o.probability,
                    o.expectedCloseMonth, o.version + 1, at);
        }
    }
}
