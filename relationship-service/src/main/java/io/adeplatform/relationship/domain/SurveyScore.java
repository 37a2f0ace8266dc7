package io.adeplatform.relationship.domain;

import java.time.LocalDate;

/** The numbers of one survey answer, all that trends and the health factor need. */
public record SurveyScore(LocalDate respondedOn, int csat, int nps) {
}
