package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.SatisfactionSurvey;
import io.adeplatform.relationship.domain.SurveyScore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SatisfactionSurveyRepository implements PanacheRepositoryBase<SatisfactionSurvey, UUID> {

    /** Newest first; one page plus one row. Null filters (engagement, stakeholder, inclusive dates) do not filter. */
    public List<SatisfactionSurvey> page(UUID customerId, UUID engagementId, UUID stakeholderId, LocalDate from,
                                         LocalDate to, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal("engagementId", engagementId)
                .equal("stakeholderId", stakeholderId)
                .where("respondedOn >= :from", "from", from).where("respondedOn <= :to", "to", to)
                .page(this, Sort.by("respondedOn", Sort.Direction.Descending)
                        .and("createdAt", Sort.Direction.Descending).and("id"), page);
    }

    /** The scores of the customer's answers given on or after {@code since} (of one engagement when not null). */
    public List<SurveyScore> scores(UUID customerId, UUID engagementId, LocalDate since) {
        return new ListQuery().equal("customerId", customerId).equal("engagementId", engagementId)
                .where("respondedOn >= :since", "since", since)
                .all(this, Sort.by("respondedOn").and("id")).stream().map(SatisfactionSurvey::score).toList();
    }
}
