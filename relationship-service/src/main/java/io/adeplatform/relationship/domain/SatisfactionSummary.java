package io.adeplatform.relationship.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Satisfaction over a set of answers: average CSAT (1–5) and NPS = % promoters (9–10) − % detractors (0–6), between
 * −100 and 100; both to 2 decimals, half-up, and null without answers.
 */
public record SatisfactionSummary(int responses, BigDecimal averageCsat, BigDecimal nps, int promoters, int passives,
                                  int detractors) {

    public static SatisfactionSummary of(Collection<SurveyScore> scores) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        int csatSum = 0;
        for (SurveyScore s : scores) {
            csatSum += s.csat();
            switch (NpsCategory.of(s.nps())) {
                case PROMOTER -> promoters++;
                case PASSIVE -> passives++;
                case DETRACTOR -> detractors++;
            }
        }
        int n = scores.size();
        if (n == 0) {
            return new SatisfactionSummary(0, null, null, 0, 0, 0);
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal averageCsat = BigDecimal.valueOf(csatSum).divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal nps = BigDecimal.valueOf(100L * (promoters - detractors)).divide(count, 2, RoundingMode.HALF_UP);
        return new SatisfactionSummary(n, averageCsat, nps, promoters, passives, detractors);
    }
}
