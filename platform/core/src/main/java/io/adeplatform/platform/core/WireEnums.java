package io.adeplatform.platform.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enum values on the wire are lower-case with hyphens (DELIVERY_MANAGER ↔ "delivery-manager"), unless the enum names
 * itself ({@link WireNamed}). An unknown name is an
 * {@link InvalidInput} naming the field and the allowed values (a 400 over HTTP, a poison event in a consumer).
 */
public final class WireEnums {

    private WireEnums() {
    }

    public static String wireName(Enum<?> value) {
        if (value instanceof WireNamed named) {
            return named.wireName();
        }
        return value.name().toLowerCase().replace('_', '-');
    }

    /** The constant for this wire name; null stays null; anything else is a 400 problem for {@code field}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (wireName(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(WireEnums::wireName).collect(Collectors.joining(", "));
        throw new InvalidInput("invalid value for " + field, List.of(new FieldError(field, "must be one of: " + allowed)));
    }

    /**
     * Constants for a query parameter given repeatedly and/or comma-separated ({@code status=issued,overdue});
     * an empty set when absent; any unknown name is an {@link InvalidInput} for {@code field}.
     */
    public static <E extends Enum<E>> Set<E> parseAll(Class<E> type, List<String> values, String field) {
        Set<E> constants = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim).filter(name -> !name.isEmpty())
                    .forEach(name -> constants.add(parse(type, name, field)));
        }
        return constants;
    }
}
