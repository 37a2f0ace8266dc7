package io.adeplatform.relationship.events;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.domain.HealthBand;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of relationship.customer.events (type io.adeplatform.relationship.customer.NAME.v1, key the customer id),
 * written by the use cases through the outbox; their JSON Schemas live in contracts/events/relationship/.
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

    public record CustomerRegistered(UUID customerId, String name, String segment, String tier, String industry,
                                     String region, CustomerStatus status, List<TeamMember> accountTeam,
                                     String registeredBy, OffsetDateTime registeredAt) {

        public static final String NAME = "registered";

        public static CustomerRegistered of(Customer customer) {
            return new CustomerRegistered(customer.id, customer.name, customer.segment, customer.tier,
                    customer.industry, customer.region, customer.status, team(customer),
                    customer.createdBy, customer.createdAt);
        }
    }

    public record CustomerUpdated(UUID customerId, String name, String segment, String tier, String industry,
                                  String region, CustomerStatus status, String updatedBy, OffsetDateTime updatedAt) {

        public static final String NAME = "updated";

        public static CustomerUpdated of(Customer customer, String by, OffsetDateTime at) {
            return new CustomerUpdated(customer.id, customer.name, customer.segment, customer.tier, customer.industry,
                    customer.region, customer.status, by, at);
        }
    }

    /** The whole team after the change (consumers replace their copy). */
    public record AccountTeamChanged(UUID customerId, List<TeamMember> accountTeam, String changedBy,
                                     OffsetDateTime changedAt) {

        public static final String NAME = "account-team-changed";

        public static AccountTeamChanged of(Customer customer, String by, OffsetDateTime at) {
            return new AccountTeamChanged(customer.id, team(customer), by, at);
        }
    }

    public record CustomerArchived(UUID customerId, String archivedBy, OffsetDateTime archivedAt) {

        public static final String NAME = "archived";
    }

    /** Published when the relationship-health band changes (not on every score change). */
    public record HealthChanged(UUID customerId, HealthBand previousBand, HealthBand band, int score,
                                OffsetDateTime changedAt) {

        public static final String NAME = "health-changed";
    }
}
