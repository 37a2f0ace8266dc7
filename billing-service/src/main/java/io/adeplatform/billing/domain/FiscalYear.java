package io.adeplatform.billing.domain;

import java.time.YearMonth;

/**
 * A fiscal year, named by the calendar year it ends in: with July as first month, FY2027 runs from July 2026 to
 * June 2027; with January, FY2027 is the calendar year 2027.
 */
public record FiscalYear(int year, int firstMonthOfYear) {

    public FiscalYear {
        if (firstMonthOfYear < 1 || firstMonthOfYear > 12) {
            throw new IllegalArgumentException("first month " + firstMonthOfYear);
        }
    }

    /** The fiscal year that holds this month. */
    public static FiscalYear containing(YearMonth month, int firstMonthOfYear) {
        int year = firstMonthOfYear == 1 || month.getMonthValue() < firstMonthOfYear ? month.getYear()
                : month.getYear() + 1;
        return new FiscalYear(year, firstMonthOfYear);
    }

    public YearMonth firstMonth() {
        return firstMonthOfYear == 1 ? YearMonth.of(year, 1) : YearMonth.of(year - 1, firstMonthOfYear);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(11);
    }
}
