package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** Escalation levels: L1 the delivery team, L2 the ADE, L3 the executive sponsors. On the wire "L1", "L2", "L3". */
public enum Level {
    L1, L2, L3;

    @JsonValue
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static Level fromJson(String value) {
        for (Level level : values()) {
            if (level.name().equals(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("must be one of: L1, L2, L3");
    }

    /** Parses a query parameter; null stays null; anything else is a 400 problem for {@code field}. */
    public static Level parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return fromJson(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("invalid query parameter", List.of(new FieldError(field, e.getMessage())));
        }
    }

    public boolean isAbove(Level other) {
        return ordinal() > other.ordinal();
    }

    /** The next level up, or this level when it is already the highest. */
    public Level next() {
        return this == L3 ? L3 : values()[ordinal() + 1];
    }
}
