package io.adeplatform.consumption.domain;

/**
 * A usage record that cannot be stored, with the reason a user can act on. Checked and without a stack trace: a bad
 * row is an expected outcome of reading a file (reported with its line), not a failure, and may occur millions of times.
 */
public class InvalidUsageRow extends Exception {

    public InvalidUsageRow(String reason) {
        super(reason, null, false, false);
    }
}
