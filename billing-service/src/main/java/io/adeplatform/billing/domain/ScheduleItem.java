package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One installment of a fixed-fee line's invoice schedule. */
@Entity
@Table(name = "schedule_item")
public class ScheduleItem {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id")
    public ContractLine line;

    public LocalDate dueDate;

    public BigDecimal amount;

    public UUID invoiceId;

    static ScheduleItem of(ContractLine line, LocalDate dueDate, BigDecimal amount) {
        ScheduleItem item = new ScheduleItem();
        item.id = UUID.randomUUID();
        item.line = line;
        item.dueDate = dueDate;
        item.amount = amount;
        return item;
    }

    /** Due by {@code asOf} and not invoiced yet. */
    public boolean isInvoiceable(LocalDate asOf) {
        return invoiceId == null && !dueDate.isAfter(asOf);
    }
}
