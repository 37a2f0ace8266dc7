package io.adeplatform.billing.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.billing.api.InvoiceApi;
import io.adeplatform.billing.config.InvoicingConfig;
import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.domain.LineMilestone;
import io.adeplatform.billing.domain.ScheduleItem;
import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.billing.messaging.BillingEvents;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.CreditNotes;
import io.adeplatform.billing.persistence.DocumentNumbers;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);
    private static final String SYSTEM = "billing-service";

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditNotes creditNotes;

    @Inject
    ContractRepository contracts;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    DocumentNumbers numbers;

    @Inject
    OutboxWriter outbox;

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    @Inject
    InvoicingConfig config;

    @Inject
    Clock clock;

    @Transactional
    public List<InvoiceApi.Response> fromSchedule(UUID contractId, LocalDate asOf) {
        Contract contract = billableContract(contractId);
        List<InvoiceApi.Response> created = new ArrayList<>();
        for (ContractLine line : contract.lines) {
            if (line.billingMethod != BillingMethod.FIXED_FEE) {
                continue;
            }
            for (ScheduleItem item : line.schedule) {
                if (item.invoiceId == null && !item.dueDate.isAfter(asOf)) {
                    Invoice invoice = draft(contract.customerId, contract.id, InvoiceSource.SCHEDULE, contract.currency,
                            line.description + " — installment due " + item.dueDate);
                    invoice.addLine(line.description + " — installment due " + item.dueDate,
                            line.engagementId != null ? line.engagementId : single(contract), line.id, item.amount);
                    invoices.persist(invoice);
                    item.invoiceId = invoice.id;
                    created.add(InvoiceApi.Response.of(invoice, List.of()));
                }
            }
        }
        invoices.flush();
        return created;
    }

    @Transactional
    public InvoiceApi.Response fromTime(UUID contractId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("the period is empty", List.of(
                    new io.adeplatform.platform.http.FieldError("to", "must not be before from")));
        }
        Contract contract = billableContract(contractId);
        List<TimeEntry> entries = timeEntries.invoiceable(contract.id, from, to);
        if (entries.isEmpty()) {
            throw new RuleViolation("nothing-to-invoice",
                    "no approved, billable, uninvoiced time entries from " + from + " to " + to);
        }
        Invoice invoice = draft(contract.customerId, contract.id, InvoiceSource.TIME, contract.currency,
                "Time and materials " + from + " to " + to);
        invoice.periodFrom = from;
        invoice.periodTo = to;
        for (TimeEntry entry : entries) {
            invoice.addLine(entry.date + " " + entry.person + " (" + entry.role + ") " + entry.hours.stripTrailingZeros().toPlainString() + " h",
                    entry.engagementId, entry.lineId, entry.billAmount);
            entry.invoiceId = invoice.id;
        }
        invoices.persist(invoice);
        invoices.flush();
        return InvoiceApi.Response.of(invoice, List.of());
    }

    /**
     * A draft invoice for an accepted billable milestone, at most one per milestone. Marks the matching milestone of
     * a milestone line accepted (revenue recognition) when the engagement's contract has one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMilestoneAccepted(UUID engagementId, UUID customerId, UUID milestoneId, String name, Money amount,
                                    String contractRef, OffsetDateTime acceptedAt) {
        Optional<LineMilestone> matched = matchMilestone(engagementId, customerId, milestoneId, name, contractRef);
        matched.ifPresent(m -> {
            if (m.acceptedAt == null) {
                m.acceptedAt = acceptedAt;
            }
        });
        if (amount == null || amount.amount().signum() <= 0) {
            return; // not billable
        }
        if (invoices.existsForMilestone(milestoneId)) {
            LOG.infof("milestone %s already invoiced", milestoneId);
            return;
        }
        Invoice invoice = draft(customerId, matched.map(m -> m.line.contract.id).orElse(null), InvoiceSource.MILESTONE,
                amount.currency(), "Milestone: " + name);
        invoice.milestoneId = milestoneId;
        invoice.createdBy = SYSTEM;
        invoice.addLine("Milestone: " + name, engagementId, matched.map(m -> m.line.id).orElse(null), amount.amount());
        invoices.persist(invoice);
        invoices.flush();
    }

    /**
     * Numbers and issues a draft. The invoice date defaults to today; an earlier one (at most the configured number of
     * days back, and not before the last invoice numbered in that year, so numbers follow dates) backdates it, and an
     * invoice whose due date has then already passed is overdue at once.
     */
    @Transactional
    public InvoiceApi.Response issue(UUID id, LocalDate requestedDate) {
        Invoice invoice = lock(id);
        invoice.requireStatus(InvoiceStatus.ISSUED, InvoiceStatus.DRAFT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate invoiceDate = requestedDate == null ? today : requestedDate;
        requireIssuableDate(invoiceDate, today);
        // taking the number locks the year's counter, so the sequence check below cannot race another issuer
        invoice.number = numbers.next("INV", invoiceDate.getYear());
        invoices.latestInvoiceDate(invoiceDate.getYear()).filter(invoiceDate::isBefore).ifPresent(latest -> {
            throw new Conflict("invoice-date-out-of-sequence", "invoice date " + invoiceDate
                    + " is before " + latest + ", the date of the last invoice numbered in " + invoiceDate.getYear());
        });
        invoice.status = InvoiceStatus.ISSUED;
        invoice.issuedAt = now;
        invoice.invoiceDate = invoiceDate;
        invoice.dueDate = invoiceDate.plusDays(config.paymentTermsDays());
        invoices.flush();
        outbox.append(BillingEvents.INVOICE, invoice.id, BillingEvents.InvoiceIssued.NAME,
                new BillingEvents.InvoiceIssued(invoice.id, invoice.customerId, invoice.number,
                        invoice.totalMoney().rounded(), invoice.dueDate));
        if (invoice.dueDate.isBefore(today) && invoice.openAmount().amount().signum() > 0) {
            markOverdue(invoice);
        }
        return response(invoice);
    }

    private void requireIssuableDate(LocalDate invoiceDate, LocalDate today) {
        String problem = null;
        if (invoiceDate.isAfter(today)) {
            problem = "must not be in the future";
        } else if (invoiceDate.isBefore(today.minusDays(config.maxBackdatingDays()))) {
            problem = "must not be more than " + config.maxBackdatingDays() + " days ago";
        }
        if (problem != null) {
            throw new InvalidInput("invoice date " + invoiceDate + " " + problem,
                    List.of(new FieldError("invoiceDate", problem)));
        }
    }

    @Transactional
    public InvoiceApi.Response pay(UUID id) {
        Invoice invoice = lock(id);
        invoice.requireStatus(InvoiceStatus.PAID, InvoiceStatus.ISSUED, InvoiceStatus.OVERDUE);
        invoice.status = InvoiceStatus.PAID;
        invoice.paidAt = OffsetDateTime.now(clock);
        invoices.flush();
        outbox.append(BillingEvents.INVOICE, invoice.id, BillingEvents.InvoicePaid.NAME,
                new BillingEvents.InvoicePaid(invoice.id, invoice.customerId, invoice.number,
                        invoice.totalMoney().rounded(), invoice.dueDate, invoice.paidAt));
        return response(invoice);
    }

    /** Voids a draft or an uncredited issued invoice; its time entries and installments become billable again. */
    @Transactional
    public InvoiceApi.Response voidInvoice(UUID id) {
        Invoice invoice = lock(id);
        invoice.requireStatus(InvoiceStatus.VOID, InvoiceStatus.DRAFT, InvoiceStatus.ISSUED, InvoiceStatus.OVERDUE);
        if (invoice.credited.signum() > 0) {
            throw new Conflict("credited-invoice", "an invoice with credit notes cannot be voided");
        }
        invoice.status = InvoiceStatus.VOID;
        invoices.getEntityManager().createQuery("update TimeEntry t set t.invoiceId = null where t.invoiceId = :id")
                .setParameter("id", invoice.id).executeUpdate();
        invoices.getEntityManager().createQuery("update ScheduleItem s set s.invoiceId = null where s.invoiceId = :id")
                .setParameter("id", invoice.id).executeUpdate();
        invoices.flush();
        return response(invoice);
    }

    /** A credit note against an issued or overdue invoice, never above its open amount. */
    @Transactional
    public InvoiceApi.Response credit(UUID id, Money amount, String reason) {
        Invoice invoice = lock(id);
        if (!invoice.status.isOpen()) {
            throw new Conflict("not-creditable", "credit notes apply to issued or overdue invoices; this one is "
                    + invoice.status.wireName());
        }
        if (!amount.currency().equals(invoice.currency)) {
            throw new InvalidInput("the credit note is not valid", List.of(
                    new io.adeplatform.platform.http.FieldError("amount.currency", "must be the invoice currency " + invoice.currency)));
        }
        if (amount.amount().signum() <= 0) {
            throw new InvalidInput("the credit note is not valid", List.of(
                    new io.adeplatform.platform.http.FieldError("amount.amount", "must be greater than 0")));
        }
        Money open = invoice.openAmount();
        if (amount.compareTo(open) > 0) {
            throw new RuleViolation("credit-exceeds-open-amount", "a credit note of " + amount.amount().toPlainString()
                    + " " + amount.currency() + " exceeds the open amount " + open.rounded().amount().toPlainString()
                    + " " + open.currency());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CreditNote note = new CreditNote();
        note.id = UUID.randomUUID();
        note.invoiceId = invoice.id;
        note.number = numbers.next("CN", now.getYear());
        note.amount = amount.amount();
        note.reason = reason.strip();
        note.issuedBy = user.username();
        note.issuedAt = now;
        creditNotes.persist(note);
        invoice.credited = invoice.credited.add(amount.amount());
        invoices.flush();
        outbox.append(BillingEvents.INVOICE, invoice.id, BillingEvents.CreditNoteIssued.NAME,
                new BillingEvents.CreditNoteIssued(invoice.id, invoice.customerId, note.id, note.number, invoice.number,
                        amount.rounded(), invoice.openAmount().rounded(), note.reason, now));
        return response(invoice);
    }

    /** Marks issued invoices whose due date has passed (before {@code today}) and that are still open as overdue. */
    public int markOverdue(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> invoices.dueForOverdue(today));
        int marked = 0;
        for (UUID id : due) {
            Boolean done = QuarkusTransaction.requiringNew().call(() -> {
                Invoice invoice = invoices.lock(id);
                if (invoice.status != InvoiceStatus.ISSUED || !invoice.dueDate.isBefore(today)) {
                    return false;
                }
                markOverdue(invoice);
                return true;
            });
            if (done) {
                marked++;
            }
        }
        return marked;
    }

    private void markOverdue(Invoice invoice) {
        invoice.status = InvoiceStatus.OVERDUE;
        invoices.flush();
        outbox.append(BillingEvents.INVOICE, invoice.id, BillingEvents.InvoiceOverdue.NAME,
                new BillingEvents.InvoiceOverdue(invoice.id, invoice.customerId, invoice.number,
                        invoice.openAmount().rounded(), invoice.dueDate));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceApi.Response get(UUID id) {
        return response(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvoiceApi.Response> list(UUID customerId, UUID contractId, Set<InvoiceStatus> statuses, PageRequest page) {
        var filter = new InvoiceRepository.Filter(customerId, contractId, statuses, access.visibleCustomers());
        return Page.fromOverfetch(invoices.list(filter, page), page, this::response);
    }

    // --- helpers

    private InvoiceApi.Response response(Invoice invoice) {
        return InvoiceApi.Response.of(invoice, creditNotes.ofInvoice(invoice.id));
    }

    private Invoice find(UUID id) {
        Invoice invoice = invoices.findByIdOptional(id).orElseThrow(() -> new NotFound("invoice", id));
        access.requireVisible(invoice.customerId);
        return invoice;
    }

    /** Reads the invoice with a row lock, so concurrent actions on it run one after the other. */
    private Invoice lock(UUID id) {
        Invoice invoice = invoices.lock(id);
        if (invoice == null) {
            throw new NotFound("invoice", id);
        }
        access.requireVisible(invoice.customerId);
        return invoice;
    }

    private Contract billableContract(UUID contractId) {
        Contract contract = contracts.lock(contractId);
        if (contract == null || !access.canSee(contract.customerId)) {
            throw new RuleViolation("unknown-contract", "contract " + contractId + " does not exist");
        }
        if (contract.status != ContractStatus.SIGNED && contract.status != ContractStatus.ACTIVE) {
            throw new Conflict("contract-not-billable", "invoices are raised on signed or active contracts; this one is "
                    + contract.status.wireName());
        }
        return contract;
    }

    private static UUID single(Contract contract) {
        return contract.engagementIds.size() == 1 ? contract.engagementIds.iterator().next() : null;
    }

    private Invoice draft(UUID customerId, UUID contractId, InvoiceSource source, String currency, String description) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.customerId = customerId;
        invoice.contractId = contractId;
        invoice.source = source;
        invoice.currency = currency;
        invoice.description = description.length() > 500 ? description.substring(0, 500) : description;
        invoice.total = BigDecimal.ZERO;
        invoice.status = InvoiceStatus.DRAFT;
        invoice.createdBy = source == InvoiceSource.MILESTONE ? SYSTEM : user.username();
        invoice.createdAt = OffsetDateTime.now(clock);
        return invoice;
    }

    private Optional<LineMilestone> matchMilestone(UUID engagementId, UUID customerId, UUID milestoneId, String name,
                                                   String contractRef) {
        List<Contract> candidates = new ArrayList<>();
        if (contractRef != null) {
            try {
                contracts.findByIdOptional(UUID.fromString(contractRef))
                        .filter(c -> c.customerId.equals(customerId)).ifPresent(candidates::add);
            } catch (IllegalArgumentException e) {
                // a contract reference from another system: fall back to the engagement
            }
        }
        candidates.addAll(contracts.forEngagement(engagementId));
        for (Contract contract : candidates) {
            for (ContractLine line : contract.lines) {
                if (line.billingMethod != BillingMethod.MILESTONE
                        || (line.engagementId != null && !line.engagementId.equals(engagementId))) {
                    continue;
                }
                Optional<LineMilestone> byRef = line.milestones.stream()
                        .filter(m -> milestoneId.equals(m.milestoneRef)).findFirst();
                if (byRef.isPresent()) {
                    return byRef;
                }
                Optional<LineMilestone> byName = line.milestones.stream()
                        .filter(m -> m.milestoneRef == null && m.name.equalsIgnoreCase(name.strip())).findFirst();
                if (byName.isPresent()) {
                    return byName;
                }
            }
        }
        return Optional.empty();
    }
}
