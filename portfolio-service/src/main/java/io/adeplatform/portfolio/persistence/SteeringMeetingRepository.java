package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SteeringMeetingRepository implements PanacheRepositoryBase<SteeringMeeting, UUID> {

    /** By meeting date, then when recorded. */
    public List<SteeringMeeting> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("date").and("createdAt"), engagementId);
    }

    /** The meeting when it is one of this engagement's. */
    public Optional<SteeringMeeting> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }
}
