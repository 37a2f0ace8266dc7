package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.platform.http.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /** One page plus one row, oldest first (insertion order within the same instant). */
    public List<TimelineEntry> page(UUID escalationId, Visibility visibility, TimelineKind kind, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("escalationId = :escalation"));
        Parameters parameters = Parameters.with("escalation", escalationId);
        if (visibility != null) {
            conditions.add("visibility = :visibility");
            parameters.and("visibility", visibility);
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        return find(String.join(" and ", conditions), Sort.by("at").and("seq"), parameters)
                .range(page.offset(), page.offset() + page.limit)
                .list();
    }
}
