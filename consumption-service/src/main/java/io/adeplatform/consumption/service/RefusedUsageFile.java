package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;

import java.util.List;
import java.util.Map;

/**
 * A usage file refused whole (400, nothing stored): it cannot be read as UTF-8 CSV, or it holds a value no cloud
 * export produces (see {@link io.adeplatform.consumption.domain.InvalidUsageRow#refusesFile()}). Names the line,
 * also as the problem member {@code line}.
 */
public class RefusedUsageFile extends InvalidInput {

    private final long line;

    RefusedUsageFile(long line, String reason) {
        super("line " + line + ": " + reason + "; nothing was stored", List.of(new FieldError("line " + line, reason)));
        this.line = line;
    }

    public long line() {
        return line;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("line", line);
    }
}
