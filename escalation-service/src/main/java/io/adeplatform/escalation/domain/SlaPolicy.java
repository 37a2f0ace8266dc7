package io.adeplatform.escalation.domain;

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

    @Column(name = "acknowledge_minutes", nullable = false)
    public int acknowledgeMinutes;

    @Column(name = "resolve_minutes", nullable = false)
    public int resolveMinutes;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
