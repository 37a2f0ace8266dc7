package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What contracts, invoices and time entries share: each is a record on one customer's account (whose account team may
 * see it), in one currency, created by someone at some time.
 */
@MappedSuperclass
public abstract class CustomerRecord {

    @Id
    public UUID id;

    public UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    public String createdBy;

    public OffsetDateTime createdAt;

    /** A new record under a fresh id. */
    void create(UUID customerId, String currency, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.currency = currency;
        this.createdBy = by;
        this.createdAt = at;
    }
}
