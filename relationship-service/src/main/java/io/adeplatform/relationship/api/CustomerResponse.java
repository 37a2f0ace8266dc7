package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer with its account team by username. */
public record CustomerResponse(UUID id, String name, String segment, String tier, String industry, String region,
                               CustomerStatus status, List<TeamMember> accountTeam, OffsetDateTime createdAt,
                               String createdBy, long version) implements Versioned {

    public record TeamMember(String username, AccountRole role) {
    }

    public static CustomerResponse from(Customer customer) {
        return new CustomerResponse(customer.id, customer.name, customer.segment, customer.tier, customer.industry,
                customer.region, customer.status,
                customer.team().stream().map(m -> new TeamMember(m.username, m.role)).toList(),
                customer.createdAt, customer.createdBy, customer.version);
    }
}
