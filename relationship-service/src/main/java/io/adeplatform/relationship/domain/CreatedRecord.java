package io.adeplatform.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What every record this service keeps has, a customer as much as its stakeholders: its id, who created it when. */
@MappedSuperclass
public abstract class CreatedRecord {

    @Id
    public UUID id;

    public OffsetDateTime createdAt;

    public String createdBy;

    /** Gives a new record its id and audit fields. */
    protected void created(String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.createdBy = by;
        this.createdAt = at;
    }
}
