package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a record a client creates carries, under the same column names everywhere: its id, when and by whom. */
@MappedSuperclass
public abstract class CreatedRecord {

    @Id
    public UUID id;

    public OffsetDateTime createdAt;

    public String createdBy;

    /** A new record: a fresh id, when and by whom. */
    protected void created(OffsetDateTime at, String by) {
        id = UUID.randomUUID();
        createdAt = at;
        createdBy = by;
    }
}
