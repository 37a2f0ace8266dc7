package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimeEntryRepository implements PanacheRepositoryBase<TimeEntry, UUID> {

    /** One page of the list, plus one row telling whether more exist. */
    public List<TimeEntry> list(TimeEntryFilter filter, PageRequest page) {
        return new ListQuery()
                .equal("engagementId", filter.engagementId())
                .equal("contractId", filter.contractId())
                .visibleTo(filter.visibleTo())
                .page(this, Sort.by("date").descending().and("id"), page);
    }

    private BigDecimal sum(String expression, String where, Parameters parameters) {
        var query = getEntityManager().createQuery("select coalesce(sum(" + expression + "), 0) from TimeEntry t where " + where,
                BigDecimal.class);
        parameters.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    public BigDecimal billableOnLine(UUID lineId) {
        return sum("t.billAmount", "t.lineId = :line and t.billable = true", Parameters.with("line", lineId));
    }

    public BigDecimal billableOnContract(UUID contractId) {
        return sum("t.billAmount", "t.contractId = :contract and t.billable = true", Parameters.with("contract", contractId));
    }

    public BigDecimal approvedOnLine(UUID lineId) {
        return sum("t.billAmount", "t.lineId = :line and t.billable = true and t.approvedAt is not null",
                Parameters.with("line", lineId));
    }

    /** Bill amounts of the engagement's approved billable hours in this currency: its recognized time revenue. */
    public BigDecimal approvedOfEngagement(UUID engagementId, String currency) {
        return sum("t.billAmount", "t.engagementId = :engagement and t.billable = true and t.approvedAt is not null "
                + "and t.currency = :currency", Parameters.with("engagement", engagementId).and("currency", currency));
    }

    /** The time entries a voided invoice billed become billable again (a new version each: their ETags move). */
    public void releaseInvoiced(UUID invoiceId) {
        getEntityManager().createQuery("update TimeEntry t set t.invoiceId = null, t.version = t.version + 1 "
                        + "where t.invoiceId = :id")
                .setParameter("id", invoiceId).executeUpdate();
    }

    public List<TimeEntry> invoiceable(UUID contractId, LocalDate from, LocalDate to) {
        return list("contractId = :contract and billable = true and approvedAt is not null and invoiceId is null "
                        + "and date >= :from and date <= :to", Sort.by("date").and("id"),
                Parameters.with("contract", contractId).and("from", from).and("to", to));
    }
}
