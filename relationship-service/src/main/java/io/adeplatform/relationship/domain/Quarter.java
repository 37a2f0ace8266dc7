package io.adeplatform.relationship.domain;

import java.time.YearMonth;

/** A calendar quarter, written {@code 2027-Q1} (January to March 2027). */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 2999) {
            throw new IllegalArgumentException(year + "-Q" + number);
        }
    }

    /** {@code yyyy-Qn}; anything else is an IllegalArgumentException. */
    public static Quarter parse(String text) {
        if (!text.matches("\\d{4}-Q[1-4]")) {
            throw new IllegalArgumentException(text);
        }
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    /** This quarter and the count - 1 after it. */
    public Quarter plus(int quarters) {
        int index = year * 4 + number - 1 + quarters;
        return new Quarter(index / 4, index % 4 + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
