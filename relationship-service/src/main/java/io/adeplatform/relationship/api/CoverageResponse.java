package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.Coverage;
import io.adeplatform.relationship.domain.RoleType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Key roles (cio, cto, it-director, lob-leader) with or without an engaged stakeholder (active, champion or
 * supporter, contacted in the last 90 days), and the active stakeholders not contacted within 90 days.
 */
public record CoverageResponse(UUID customerId, LocalDate asOf, List<KeyRole> keyRoles, List<RoleType> covered,
                               List<RoleType> missing, List<StaleContact> staleContacts) {

    /** reason: engaged, no-stakeholder, no-champion-or-supporter or not-contacted-in-90-days. */
    public record KeyRole(RoleType roleType, boolean engaged,
                          @Schema(description = "engaged, no-stakeholder, no-champion-or-supporter or not-contacted-in-90-days")
                          String reason, List<UUID> engagedStakeholders,
                          List<UUID> stakeholders) {
    }

    /** lastContact and daysSinceContact are null when never contacted. */
    public record StaleContact(UUID stakeholderId, String name, RoleType roleType, LocalDate lastContact,
                               Long daysSinceContact) {
    }

    public static CoverageResponse from(UUID customerId, Coverage.Result r) {
        return new CoverageResponse(customerId, r.asOf(),
                r.keyRoles().stream().map(k -> new KeyRole(k.roleType(), k.engaged(), k.reason(),
                        k.engagedStakeholders(), k.stakeholders())).toList(),
                r.covered(), r.missing(),
                r.stale().stream().map(s -> new StaleContact(s.stakeholderId(), s.name(), s.roleType(), s.lastContact(),
                        s.daysSinceContact())).toList());
    }
}
