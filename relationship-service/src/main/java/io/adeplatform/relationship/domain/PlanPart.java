package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.CustomerRecord;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A part of a customer's account plan (objective, initiative, opportunity): described, and revised by version. */
@MappedSuperclass
public abstract class PlanPart extends CustomerRecord {

    public String description;

    @Version
    public long version;
}
