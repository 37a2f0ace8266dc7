package io.adeplatform.relationship.events;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.domain.HealthBand;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of relationship.customer.events (type io.adeplatform.relationship.customer.NAME.vN, key the customer id)
 * and of the compacted relationship.customer-state.events, written by the use cases through the outbox; their JSON
 * Schemas live in contracts/events/relationship/. {@code version} is the customer's version after the change (its
 * ETag): every change of the customer or its team adds one, so consumers apply each change once and in order.
 */
public final class CustomerEventPayloads {

    public static final String AGGREGATE = "customer";

    private CustomerEventPayloads() {
    }

    public record TeamMember(String username, AccountRole role) {
    }

    static List<TeamMember> team(Customer customer) {
        return customer.team().stream().map(m -> new TeamMember(m.username, m.role)).toList();
    }

    public record CustomerRegistered(UUID customerId, long version, String name, String segment, String tier,
                                     String industry, String region, CustomerStatus status,
                                     List<TeamMember> accountTeam, String registeredBy, OffsetDateTime registeredAt) {

        public static final String NAME = "registered";

        public static CustomerRegistered of(Customer customer) {
            return new CustomerRegistered(customer.id, customer.version, customer.name, customer.segment,
                    customer.tier, customer.industry, customer.region, customer.status, team(customer),
                    customer.createdBy, customer.createdAt);
        }
    }

    public record CustomerUpdated(UUID customerId, long version, String name, String segment, String tier,
                                  String industry, String region, CustomerStatus status, String updatedBy,
                                  OffsetDateTime updatedAt) {

        public static final String NAME = "updated";

        public static CustomerUpdated of(Customer customer, String by, OffsetDateTime at) {
            return new CustomerUpdated(customer.id, customer.version, customer.name, customer.segment, customer.tier,
                    customer.industry, customer.region, customer.status, by, at);
        }
    }

    /** What happened to one member of the account team. */
    public enum TeamChange {
        MEMBER_ADDED, ROLE_CHANGED, MEMBER_REMOVED
    }

    /**
     * Version 2: the one change and the customer's version after it, never the whole team (a big team would not fit
     * a Kafka record). {@code role} is the member's role after the change, or the role they had when removed.
     */
    public record AccountTeamChanged(UUID customerId, long version, TeamChange change, String username,
                                     AccountRole role, String changedBy, OffsetDateTime changedAt) {

        public static final String NAME = "account-team-changed";
        public static final int TYPE_VERSION = 2;
    }

    public record CustomerArchived(UUID customerId, long version, String archivedBy, OffsetDateTime archivedAt) {

        public static final String NAME = "archived";
    }

    /** Published when the relationship-health band changes (not on every score change). */
    public record HealthChanged(UUID customerId, HealthBand previousBand, HealthBand band, int score,
                                OffsetDateTime changedAt) {

        public static final String NAME = "health-changed";
    }

    /**
     * The customer as the other services project it, whole, on the compacted relationship.customer-state.events
     * (key the customer id: compaction keeps the latest per customer). Written with every change of the customer or
     * its team, so a service can rebuild its projection from this topic alone. At most {@link Customer#MAX_TEAM_SIZE}
     * members keep the record well under 1 MB.
     */
    public record CustomerState(UUID customerId, long version, String name, String segment, String tier,
                                String industry, String region, CustomerStatus status, List<TeamMember> accountTeam,
                                OffsetDateTime changedAt) {

        public static final String AGGREGATE = "customer-state";
        public static final String NAME = "snapshot";

        public static CustomerState of(Customer customer, OffsetDateTime at) {
            return new CustomerState(customer.id, customer.version, customer.name, customer.segment, customer.tier,
                    customer.industry, customer.region, customer.status, team(customer), at);
        }
    }
}
