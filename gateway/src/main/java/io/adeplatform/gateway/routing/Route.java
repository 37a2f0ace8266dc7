package io.adeplatform.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One entry of the route table: requests whose path starts with one of the prefixes go to the target.
 * Validated on construction so a bad configuration stops the gateway at start-up, not on the first request.
 */
public record Route(String name, List<String> prefixes, URI target, Duration timeout) {

    public Route {
        if (prefixes == null || prefixes.isEmpty()) {
            throw invalid(name, "needs at least one prefix");
        }
        for (String prefix : prefixes) {
            if (!prefix.startsWith("/api/") || prefix.endsWith("/") || prefix.contains("*")) {
                throw invalid(name, "prefix '" + prefix + "' must look like /api/things (no trailing slash or wildcard)");
            }
        }
        String scheme = target == null ? null : target.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || target.getHost() == null) {
            throw invalid(name, "target '" + target + "' must be an absolute http(s) URL");
        }
        if (target.getRawPath() != null && !target.getRawPath().isEmpty() && !target.getRawPath().equals("/")) {
            throw invalid(name, "target '" + target + "' must not have a path: paths are forwarded unchanged");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw invalid(name, "timeout must be positive");
        }
        prefixes = List.copyOf(prefixes);
    }

    /**
     * The longest prefix of this route that matches the path, or null. A prefix matches itself and its sub-paths
     * ({@code /api/customers/42}) but not a longer sibling ({@code /api/customersX}).
     */
    public String matchedPrefix(String path) {
        String best = null;
        for (String prefix : prefixes) {
            if (covers(prefix, path) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best;
    }

    /** Whether a path is the prefix itself or one of its sub-paths. */
    public static boolean covers(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    public boolean https() {
        return "https".equals(target.getScheme());
    }

    public int port() {
        return target.getPort() != -1 ? target.getPort() : https() ? 443 : 80;
    }

    private static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("gateway route '" + name + "' " + reason);
    }
}
