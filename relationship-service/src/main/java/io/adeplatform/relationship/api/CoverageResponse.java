package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.Coverage;
import io.adeplatform.relationship.domain.RoleType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Key roles (cio, cto, it-director, lob-leader) with or without an engaged stakeholder (active, champion or
 * supporter, contacted in the last 90 days), and the active stakeholders not contacted within 90 days.
 */
public record CoverageResponse(UUID customerId, LocalDate asOf, List<Coverage.KeyRole> keyRoles,
                               List<RoleType> covered, List<RoleType> missing, List<Coverage.StaleContact> staleContacts) {

    public static CoverageResponse of(UUID customerId, Coverage.Result r) {
        return new CoverageResponse(customerId, r.asOf(), r.keyRoles(), r.covered(), r.missing(), r.stale());
    }
}
