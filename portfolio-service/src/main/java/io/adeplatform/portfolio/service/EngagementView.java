package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;

import java.util.List;

/** An engagement with the reasons of its stored health (kept as JSON on the row). */
public record EngagementView(Engagement engagement, List<String> healthReasons) {
}
