package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "invoice")
public class Invoice extends BillingRecord {

    public UUID contractId;

    /** Set when every line belongs to one engagement. */
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    public InvoiceSource source;

    public UUID milestoneId;

    public String description;

    public BigDecimal total;

    public BigDecimal credited = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    public String number;

    public OffsetDateTime issuedAt;

    /** The document date: the issue day, or an earlier day when the invoice was backdated. */
    public LocalDate invoiceDate;

    public LocalDate dueDate;

    public OffsetDateTime paidAt;

    public LocalDate periodFrom;

    public LocalDate periodTo;

    @Version
    public long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InvoiceLine> lines = new ArrayList<>();

    private static final int MAX_DESCRIPTION = 500;

    /** A new draft without lines; {@link #addLine} adds them. */
    public static Invoice draft(UUID customerId, UUID contractId, InvoiceSource source, String currency, String description,
                                String createdBy, OffsetDateTime at) {
        Invoice invoice = new Invoice();
        invoice.create(customerId, currency, createdBy, at);
        invoice.contractId = contractId;
        invoice.source = source;
        invoice.description = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
        invoice.total = BigDecimal.ZERO;
        invoice.status = InvoiceStatus.DRAFT;
        return invoice;
    }

    public void addLine(String description, UUID engagementId, UUID contractLineId, BigDecimal amount) {
        InvoiceLine line = new InvoiceLine();
        line.id = UUID.randomUUID();
        line.invoice = this;
        line.position = lines.size() + 1;
        line.description = description;
        line.engagementId = engagementId;
        line.contractLineId = contractLineId;
        line.amount = Money.storable("the invoice line amount", amount);
        total = Money.storable("the invoice total", (total == null ? BigDecimal.ZERO : total).add(amount));
        lines.add(line);
        UUID single = lines.get(0).engagementId;
        this.engagementId = lines.stream().allMatch(l -> single != null && single.equals(l.engagementId)) ? single : null;
    }

    public Money totalMoney() {
        return new Money(total, currency);
    }

    /** What the customer still owes: total less credit notes (zero once paid or void). */
    public Money openAmount() {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.VOID || status == InvoiceStatus.DRAFT) {
            return Money.zero(currency);
        }
        return new Money(total.subtract(credited), currency);
    }

    // --- lifecycle: draft → issued → paid, overdue on the way, void while not credited

    /** Only a draft is issued; checked before anything is numbered. */
    public void requireDraft() {
        requireMove(InvoiceStatus.ISSUED);
    }

    /** Numbers and dates the draft; payment is due {@code paymentTermsDays} after the invoice date. */
    public void issue(String number, LocalDate invoiceDate, int paymentTermsDays, OffsetDateTime at) {
        requireDraft();
        this.number = number;
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = at;
        this.invoiceDate = invoiceDate;
        this.dueDate = invoiceDate.plusDays(paymentTermsDays);
    }

    public void pay(OffsetDateTime at) {
        requireMove(InvoiceStatus.PAID);
        status = InvoiceStatus.PAID;
        paidAt = at;
    }

    /** Voids a draft or an issued invoice without credit notes. */
    public void markVoid() {
        requireMove(InvoiceStatus.VOID);
        if (credited.signum() > 0) {
            throw new Conflict("credited-invoice", "an invoice with credit notes cannot be voided");
        }
        status = InvoiceStatus.VOID;
    }

    /** Issued, still owed, and due before {@code today}. */
    public boolean isPastDue(LocalDate today) {
        return status == InvoiceStatus.ISSUED && dueDate.isBefore(today) && openAmount().amount().signum() > 0;
    }

    public void markOverdue() {
        requireMove(InvoiceStatus.OVERDUE);
        status = InvoiceStatus.OVERDUE;
    }

    /** Lowers what is owed by a credit note's amount: issued or overdue invoices only, never below zero. */
    public void credit(Money amount) {
        if (!status.isOpen()) {
            throw new Conflict("not-creditable", "credit notes apply to issued or overdue invoices; this one is "
                    + status.wireName());
        }
        if (!amount.currency().equals(currency)) {
            throw new InvalidInput("the credit note is not valid",
                    List.of(new FieldError("amount.currency", "must be the invoice currency " + currency)));
        }
        if (amount.amount().signum() <= 0) {
            throw new InvalidInput("the credit note is not valid",
                    List.of(new FieldError("amount.amount", "must be greater than 0")));
        }
        Money open = openAmount();
        if (amount.compareTo(open) > 0) {
            throw new RuleViolation("credit-exceeds-open-amount", "a credit note of " + amount.amount().toPlainString()
                    + " " + amount.currency() + " exceeds the open amount " + open.rounded().amount().toPlainString()
                    + " " + open.currency());
        }
        credited = credited.add(amount.amount());
    }

    private void requireMove(InvoiceStatus target) {
        if (!status.canMoveTo(target)) {
            throw Conflict.illegalTransition(status, target, status.allowedTargets());
        }
    }
}
