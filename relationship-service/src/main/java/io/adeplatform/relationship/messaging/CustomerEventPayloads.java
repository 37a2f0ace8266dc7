package io.adeplatform.relationship.messaging;

import io.adeplatform.relationship.domain.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of relationship.customer.events; their JSON Schemas live in contracts/events/relationship/. */
public final class CustomerEventPayloads {

    public static final String AGGREGATE = "customer";

    private CustomerEventPayloads() {
    }

    public record TeamMember(String username, AccountRole role) {
    }

    public record CustomerRegistered(UUID customerId, String name, String segment, CustomerStatus status,
                                     List<TeamMember> accountTeam, String registeredBy, OffsetDateTime registeredAt) {

        public static final String NAME = "registered";

        public static CustomerRegistered of(Customer customer) {
            return new CustomerRegistered(customer.id, customer.name, customer.segment, customer.status,
                    customer.accountTeam.stream().map(m -> new TeamMember(m.username, m.role)).toList(),
                    customer.createdBy, customer.createdAt);
        }
    }

    public record CustomerUpdated(UUID customerId, String name, String segment, CustomerStatus status,
                                  String updatedBy, OffsetDateTime updatedAt) {

        public static final String NAME = "updated";
    }
}
