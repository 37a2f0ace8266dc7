package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, UUID> {

    /** One page of the list, plus one row telling whether more exist. */
    public List<Invoice> list(InvoiceFilter filter, PageRequest page) {
        return new ListQuery()
                .equal("customerId", filter.customerId())
                .equal("contractId", filter.contractId())
                .in("status", filter.statuses())
                .visibleTo(filter.visibleTo())
                .page(this, Sort.by("createdAt").descending().and("id"), page);
    }

    public Invoice lock(UUID id) {
        return getEntityManager().find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsForMilestone(UUID milestoneId) {
        return count("milestoneId", milestoneId) > 0;
    }

    /** The latest invoice date among invoices numbered in this year. */
    public Optional<LocalDate> latestInvoiceDate(int year) {
        return Optional.ofNullable(getEntityManager().createQuery("select max(i.invoiceDate) from Invoice i "
                        + "where i.number like :prefix", LocalDate.class)
                .setParameter("prefix", "INV-" + year + "-%")
                .getSingleResult());
    }

    public List<UUID> dueForOverdue(LocalDate today) {
        return getEntityManager().createQuery("select i.id from Invoice i where i.status = :issued "
                        + "and i.dueDate < :today and i.total > i.credited", UUID.class)
                .setParameter("issued", InvoiceStatus.ISSUED)
                .setParameter("today", today)
                .getResultList();
    }

    /** Amounts of invoice lines for the engagement on invoices in these states. */
    public BigDecimal lineTotal(UUID engagementId, List<InvoiceStatus> states) {
        return sum("select coalesce(sum(l.amount), 0) from InvoiceLine l "
                + "where l.engagementId = :of and l.invoice.status in :states", engagementId, states);
    }

    /** Credit notes on invoices of the engagement (all of whose lines are the engagement's) in these states. */
    public BigDecimal creditedFor(UUID engagementId, List<InvoiceStatus> states) {
        return sum("select coalesce(sum(i.credited), 0) from Invoice i "
                + "where i.engagementId = :of and i.status in :states", engagementId, states);
    }

    /** Credit notes on the contract's invoices in these states. */
    public BigDecimal creditedOnContract(UUID contractId, List<InvoiceStatus> states) {
        return sum("select coalesce(sum(i.credited), 0) from Invoice i "
                + "where i.contractId = :of and i.status in :states", contractId, states);
    }

    /** Amounts of invoice lines for the contract line on invoices in these states. */
    public BigDecimal billedForLine(UUID contractLineId, List<InvoiceStatus> states) {
        return sum("select coalesce(sum(l.amount), 0) from InvoiceLine l "
                + "where l.contractLineId = :of and l.invoice.status in :states", contractLineId, states);
    }

    /** Totals of the contract's invoices that are not void (drafts included): what counts against its limit. */
    public BigDecimal chargedOnContract(UUID contractId) {
        return sum("select coalesce(sum(i.total), 0) from Invoice i where i.contractId = :of and i.status in :states",
                contractId, InvoiceStatus.CHARGED);
    }

    /** The contract line's amounts on invoices that are not void (drafts included). */
    public BigDecimal chargedOnLine(UUID contractLineId) {
        return billedForLine(contractLineId, InvoiceStatus.CHARGED);
    }

    private BigDecimal sum(String jpql, UUID of, List<InvoiceStatus> states) {
        return getEntityManager().createQuery(jpql, BigDecimal.class)
                .setParameter("of", of).setParameter("states", states)
                .getSingleResult();
    }
}
