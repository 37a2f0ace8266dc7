package io.adeplatform.platform.core;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a record a client creates carries, under the same column names in every service: its id, who created it when. */
@MappedSuperclass
public abstract class CreatedRecord {

    @Id
    public UUID id;

    public OffsetDateTime createdAt;

    public String createdBy;

    /** A new record: a fresh id, by whom and when. */
    protected void created(String by, OffsetDateTime at) {
        id = UUID.randomUUID();
        createdBy = by;
        createdAt = at;
    }
}
