package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.MeetingContent;
import io.adeplatform.portfolio.domain.SteeringMeeting;

/** A steering committee meeting with its content read back. */
public record SteeringMeetingView(SteeringMeeting meeting, MeetingContent content) {
}
