package io.adeplatform.gateway.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's path as the gateway publishes it. A path under one of its route's prefixes is published as it is; a
 * path whose leading template segments a prefix fills is published with them filled in: every service serves
 * {@code /api/admin/{domain}/dead-letters}, but behind the gateway billing's is {@code /api/admin/billing/dead-letters}
 * (the route prefix {@code /api/admin/billing}), and {@code domain} is no longer a parameter.
 */
record ServedPath(String path, Map<String, String> filled) {

    /** The published form of {@code path}, or empty when no prefix of the route serves it. */
    static Optional<ServedPath> of(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            Optional<ServedPath> served = under(path, prefix);
            if (served.isPresent()) {
                return served;
            }
        }
        return Optional.empty();
    }

    private static Optional<ServedPath> under(String path, String prefix) {
        String[] pathSegments = path.split("/", -1);
        String[] prefixSegments = prefix.split("/", -1);
        if (pathSegments.length < prefixSegments.length) {
            return Optional.empty();
        }
        Map<String, String> filled = new LinkedHashMap<>();
        for (int i = 0; i < prefixSegments.length; i++) {
            String segment = pathSegments[i];
            if (segment.startsWith("{") && segment.endsWith("}") && !prefixSegments[i].isEmpty()) {
                filled.put(segment.substring(1, segment.length() - 1), prefixSegments[i]);
                pathSegments[i] = prefixSegments[i];
            } else if (!segment.equals(prefixSegments[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(new ServedPath(String.join("/", pathSegments), filled));
    }
}
