package io.adeplatform.gateway.web;

import java.util.UUID;

/** Ids in the gateway's own paths (Account 360, status packs): anything but a canonical UUID names nothing. */
public final class PathIds {

    private PathIds() {
    }

    /** A UUID in its 36-character form; UUID.fromString alone also accepts shortened forms such as "1-2-3-4-5". */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
