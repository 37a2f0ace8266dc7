package io.adeplatform.relationship.persistence.statuspack;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.CadenceKind;
import io.adeplatform.relationship.domain.PackTrigger;
import io.adeplatform.relationship.domain.statuspack.StatusPack;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatusPackRepository implements PanacheRepositoryBase<StatusPack, UUID> {

    /** Newest first; one page plus one row. A null engagement does not filter. */
    public List<StatusPack> page(UUID customerId, UUID engagementId, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal("engagementId", engagementId)
                .page(this, Sort.by("createdAt", Sort.Direction.Descending)
                        .and("asOf", Sort.Direction.Descending).and("id"), page);
    }

    /** The cadence pack already kept for this due item (engagement null: the customer's own pack), if any. */
    public Optional<StatusPack> cadencePack(UUID customerId, UUID engagementId, CadenceKind kind, LocalDate due) {
        Parameters parameters = Parameters.with("customer", customerId).and("trigger", PackTrigger.CADENCE)
                .and("kind", kind).and("due", due);
        String engagement = "engagementId is null";
        if (engagementId != null) {
            engagement = "engagementId = :engagement";
            parameters.and("engagement", engagementId);
        }
        return find("customerId = :customer and trigger = :trigger and cadenceKind = :kind and cadenceDue = :due and "
                + engagement, parameters).firstResultOptional();
    }
}
