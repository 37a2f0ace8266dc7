package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the platform refuses although Jackson could read it (control characters, an unbounded number, a date
 * outside {@code Dates}, too many items). {@code expected} says in the API's words what the field must be; Jackson adds
 * the JSON path as the exception travels up, so {@link JsonProblems} can name {@code lines[0].schedule}.
 */
public class InvalidJsonValue extends MismatchedInputException {

    private final String expected;

    public InvalidJsonValue(JsonParser parser, Class<?> targetType, String expected) {
        super(parser, "invalid value: must be " + expected, targetType);
        this.expected = expected;
    }

    /** What the value must be, e.g. "at most 120 items" (a field error reads "must be …"). */
    public String expected() {
        return expected;
    }
}
