package io.adeplatform.portfolio.service.quality;

import io.adeplatform.portfolio.domain.quality.QualityFinding;
import io.adeplatform.portfolio.domain.quality.QualityReview;

import java.util.List;

/** A quality review with its findings, oldest first. */
public record ReviewView(QualityReview review, List<QualityFinding> findings) {
}
