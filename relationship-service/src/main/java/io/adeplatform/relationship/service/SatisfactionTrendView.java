package io.adeplatform.relationship.service;

import io.adeplatform.relationship.domain.SatisfactionSummary;
import io.adeplatform.relationship.domain.SatisfactionTrend;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Satisfaction per month from {@code from} to {@code to}, and over the whole range. */
public record SatisfactionTrendView(UUID customerId, UUID engagementId, YearMonth from, YearMonth to,
                                    List<SatisfactionTrend.Month> months, SatisfactionSummary overall) {
}
