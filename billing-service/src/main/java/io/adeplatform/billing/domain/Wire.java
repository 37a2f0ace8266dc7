package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON input of enums in their wire form (lower-case with hyphens); anything else is a 400 through Jackson. */
public final class Wire {

    private Wire() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (WireEnums.wireName(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of: " + Arrays.stream(type.getEnumConstants())
                .map(WireEnums::wireName).collect(Collectors.joining(", ")));
    }
}
