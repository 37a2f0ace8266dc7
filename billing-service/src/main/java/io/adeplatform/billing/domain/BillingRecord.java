package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.CustomerRecord;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What contracts, invoices and time entries share beyond a customer's record: each is kept in one currency.
 */
@MappedSuperclass
public abstract class BillingRecord extends CustomerRecord {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    /** A new record of this customer, in this currency. */
    void create(UUID customerId, String currency, String by, OffsetDateTime at) {
        created(customerId, by, at);
        this.currency = currency;
    }
}
