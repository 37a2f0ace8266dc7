package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.AccountTeamMember;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer with its account team by username. */
public record CustomerResponse(
        UUID id, String name, String segment,
        @Schema(description = "Free text, null when not set", example = "tier-1") String tier,
        @Schema(description = "Free text, null when not set", example = "transportation") String industry,
        @Schema(description = "Free text, null when not set", example = "us-west") String region,
        @Schema(description = "active, or archived (read-only)") CustomerStatus status,
        @Schema(description = "The account team, by username") List<TeamMember> accountTeam,
        OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The customer's version, its ETag: one more with every change of the attributes, the "
                + "status or the account team") long version) implements Versioned {

    /** A user on the account team with their role on the account. */
    public record TeamMember(@Schema(example = "ada.exec") String username,
                             @Schema(description = "The member's role on this account", example = "executive")
                             AccountRole role) {

        static TeamMember from(AccountTeamMember member) {
            return new TeamMember(member.username, member.role);
        }
    }

    public static CustomerResponse from(Customer customer) {
        return new CustomerResponse(customer.id, customer.name, customer.segment, customer.tier, customer.industry,
                customer.region, customer.status, customer.team().stream().map(TeamMember::from).toList(),
                customer.createdAt, customer.createdBy, customer.version);
    }
}
