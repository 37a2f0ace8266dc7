package io.adeplatform.relationship.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Satisfaction per calendar month over a range of months, months without answers included (0 responses). */
public final class SatisfactionTrend {

    private SatisfactionTrend() {
    }

    public record Month(YearMonth month, SatisfactionSummary summary) {
    }

    /** Every month from {@code first} to {@code last}, oldest first, each summarising the answers given in it. */
    public static List<Month> monthly(List<SurveyScore> scores, YearMonth first, YearMonth last) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth month = m;
            months.add(new Month(month, SatisfactionSummary.of(
                    scores.stream().filter(s -> YearMonth.from(s.respondedOn()).equals(month)).toList())));
        }
        return months;
    }
}
