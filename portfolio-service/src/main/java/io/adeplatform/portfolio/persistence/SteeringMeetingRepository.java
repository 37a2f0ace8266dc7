package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SteeringMeetingRepository implements EngagementRecordRepository<SteeringMeeting> {

    /** One page (plus one row), by meeting date, then when recorded. */
    public List<SteeringMeeting> ofEngagement(UUID engagementId, PageRequest page) {
        return pageOn(engagementId, Sort.by("date").and("createdAt").and("id"), page);
    }
}
