package io.adeplatform.consumption.domain;

/**
 * A usage record that cannot be stored, with the reason a user can act on. Checked and without a stack trace: a bad
 * row is an expected outcome of reading a file (reported with its line), not a failure, and may occur millions of times.
 */
public class InvalidUsageRow extends Exception {

    private final boolean refusesFile;

    public InvalidUsageRow(String reason) {
        this(reason, false);
    }

    private InvalidUsageRow(String reason, boolean refusesFile) {
        super(reason, null, false, false);
        this.refusesFile = refusesFile;
    }

    /**
     * A value no cloud export produces and the platform cannot hold (a control character, a number beyond the bounded
     * syntax of {@code Decimals}, a date outside {@code Dates}): the mark of a corrupt or crafted file, so the whole
     * upload is refused rather than the row alone.
     */
    public static InvalidUsageRow outOfRange(String reason) {
        return new InvalidUsageRow(reason, true);
    }

    public boolean refusesFile() {
        return refusesFile;
    }
}
