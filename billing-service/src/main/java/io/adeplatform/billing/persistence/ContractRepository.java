package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** One page of the list, plus one row telling whether more exist. */
    public List<Contract> list(ContractFilter filter, PageRequest page) {
        return new ListQuery()
                .equal("customerId", filter.customerId())
                .equal("status", filter.status())
                .where(":engagement member of engagementIds", "engagement", filter.engagementId())
                .equal("opportunityId", filter.opportunityId())
                .visibleTo(filter.visibleTo())
                .page(this, Sort.by("createdAt").descending().and("id"), page);
    }

    /** The contract drafted from this won opportunity, if one was. */
    public Optional<Contract> byOpportunity(UUID opportunityId) {
        return find("opportunityId", opportunityId).firstResultOptional();
    }

    public Contract lock(UUID id) {
        return getEntityManager().find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Records that the contract's limit was reached; false when it was recorded before (announced once). */
    public boolean markLimitReached(UUID contractId, OffsetDateTime at) {
        return getEntityManager().createNativeQuery("INSERT INTO contract_limit_reached (contract_id, reached_at) "
                        + "VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, contractId).setParameter(2, at).executeUpdate() == 1;
    }

    /** The revision that follows a rejected contract, if one was made. */
    public Optional<Contract> revisionOf(UUID contractId) {
        return find("previousRevisionId", contractId).firstResultOptional();
    }

    /** Child rows changed: the contract gets a new version now, so the response and the next If-Match see it. */
    public void newVersion(Contract contract) {
        getEntityManager().lock(contract, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The installments a voided invoice billed become billable again. */
    public void releaseInstallments(UUID invoiceId) {
        getEntityManager().createQuery("update ScheduleItem s set s.invoiceId = null where s.invoiceId = :id")
                .setParameter("id", invoiceId).executeUpdate();
    }

    /** Time-and-materials lines of active contracts on this engagement whose rate card prices the role. */
    public List<ContractLine> billableLines(UUID engagementId, String role) {
        return getEntityManager().createQuery("select l from ContractLine l join l.contract c join l.rateCard r "
                        + "where c.status = :active and :engagement member of c.engagementIds "
                        + "and (l.engagementId is null or l.engagementId = :engagement) "
                        + "and l.billingMethod = :tm and r.role = :role order by c.createdAt, l.position", ContractLine.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("engagement", engagementId)
                .setParameter("tm", BillingMethod.TIME_AND_MATERIALS)
                .setParameter("role", role)
                .getResultList();
    }

    /** The contracts covering the engagement, in any state, oldest first. */
    public List<Contract> forEngagement(UUID engagementId) {
        return find(":engagement member of engagementIds", Sort.by("createdAt"),
                Parameters.with("engagement", engagementId)).list();
    }
}
