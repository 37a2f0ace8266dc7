package io.adeplatform.relationship.domain;

import java.util.UUID;

/** A stakeholder as a client writes it (create and full replacement); reportsToId null means reporting to nobody. */
public record StakeholderDetails(String name, String title, RoleType roleType, int influence, Stance stance,
                                 UUID reportsToId, String email, String phone, boolean active) {
}
