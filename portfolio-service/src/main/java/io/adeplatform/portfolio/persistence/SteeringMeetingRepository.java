package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SteeringMeetingRepository implements EngagementRecordRepository<SteeringMeeting> {

    /** By meeting date, then when recorded. */
    public List<SteeringMeeting> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("date").and("createdAt"), engagementId);
    }
}
