package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    public Invoice invoice;

    public int position;

    public String description;

    public UUID engagementId;

    public UUID contractLineId;

    public BigDecimal amount;
}
