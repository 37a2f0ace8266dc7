package io.adeplatform.relationship.domain;

import static io.adeplatform.platform.core.Texts.blankToNull;

import io.adeplatform.platform.core.CustomerRecord;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** A person at the customer: who they are, how much they weigh, how they stand towards us, whom they report to. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends CustomerRecord {

    public String name;

    public String title;

    @Enumerated(EnumType.STRING)
    public RoleType roleType;

    public int influence;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    public UUID reportsToId;

    public String email;

    public String phone;

    public boolean active;

    @Version
    public long version;

    public static Stakeholder add(UUID customerId, StakeholderDetails details, Function<UUID, Stakeholder> byId,
                                  String by, OffsetDateTime at) {
        Stakeholder s = new Stakeholder();
        s.created(customerId, by, at);
        s.describe(details, byId);
        return s;
    }

    /** Full replacement of the fields; {@code byId} finds the managers up the reporting line. */
    public void describe(StakeholderDetails d, Function<UUID, Stakeholder> byId) {
        requireValidManager(d.reportsToId(), byId);
        name = d.name().strip();
        title = blankToNull(d.title());
        roleType = d.roleType();
        influence = d.influence();
        stance = d.stance();
        reportsToId = d.reportsToId();
        email = blankToNull(d.email());
        phone = blankToNull(d.phone());
        active = d.active();
    }

    /** The manager is a stakeholder of the same customer, and walking up from them never reaches this stakeholder. */
    private void requireValidManager(UUID managerId, Function<UUID, Stakeholder> byId) {
        if (managerId == null) {
            return;
        }
        Stakeholder manager = byId.apply(managerId);
        if (manager == null || !manager.customerId.equals(customerId)) {
            throw new RuleViolation("invalid-reports-to", "reportsToId " + managerId + " is not a stakeholder of this customer");
        }
        Set<UUID> visited = new HashSet<>();
        for (Stakeholder current = manager; current != null; current = byId.apply(current.reportsToId)) {
            if (current.id.equals(id)) {
                throw new Conflict("reporting-cycle", "reporting to " + managerId + " would make a cycle in the org chart");
            }
            if (!visited.add(current.id) || current.reportsToId == null) {
                break;
            }
        }
    }
}
