package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** Targets for one severity. An escalation copies them when it opens (and when its severity changes). */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    @Id
    @Enumerated(EnumType.STRING)
    public Severity severity;

    public int acknowledgeMinutes;

    public int resolveMinutes;

    public OffsetDateTime updatedAt;

    public String updatedBy;

    @Version
    public long version;

    /** New targets; acknowledging must be due before resolving. */
    public void change(int acknowledgeMinutes, int resolveMinutes, String editor, OffsetDateTime now) {
        if (acknowledgeMinutes >= resolveMinutes) {
            throw new RuleViolation("invalid-sla-policy", "the time to acknowledge must be shorter than the time to resolve");
        }
        this.acknowledgeMinutes = acknowledgeMinutes;
        this.resolveMinutes = resolveMinutes;
        this.updatedAt = now;
        this.updatedBy = editor;
    }
}
