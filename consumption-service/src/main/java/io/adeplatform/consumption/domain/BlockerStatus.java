package io.adeplatform.consumption.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;
import jakarta.persistence.AttributeConverter;

import java.util.Set;

/** open → in-progress → resolved; open → resolved; resolved → open (reopen). Nothing else. */
public enum BlockerStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    public boolean canMoveTo(BlockerStatus next) {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, RESOLVED).contains(next);
            case IN_PROGRESS -> next == RESOLVED;
            case RESOLVED -> next == OPEN;
        };
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<BlockerStatus, String> {
        @Override
        public String convertToDatabaseColumn(BlockerStatus value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public BlockerStatus convertToEntityAttribute(String value) {
            return value == null ? null : BlockerStatus.valueOf(value.toUpperCase().replace('-', '_'));
        }
    }
}
