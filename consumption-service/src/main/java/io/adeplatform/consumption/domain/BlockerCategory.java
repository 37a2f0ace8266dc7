package io.adeplatform.consumption.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;
import jakarta.persistence.AttributeConverter;

public enum BlockerCategory {
    TECHNICAL, COMMERCIAL, ORGANISATIONAL, CAPACITY;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<BlockerCategory, String> {
        @Override
        public String convertToDatabaseColumn(BlockerCategory value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public BlockerCategory convertToEntityAttribute(String value) {
            return value == null ? null : BlockerCategory.valueOf(value.toUpperCase().replace('-', '_'));
        }
    }
}
