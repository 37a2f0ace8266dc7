package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.WireEnums;
import jakarta.persistence.AttributeConverter;

import java.util.Locale;

/** Stores an enum column by its wire name ("in-progress"), the same text the API and the events use. */
public abstract class WireNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : WireEnums.wireName(value);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
