package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a request path; the longest matching prefix wins, so routes may nest. */
@ApplicationScoped
public class RouteTable {

    private final List<Route> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.routes().entrySet().stream()
                .map(e -> new Route(e.getKey(), e.getValue().prefixes(), e.getValue().target(), e.getValue().timeout()))
                .sorted(Comparator.comparing(Route::name))
                .toList());
    }

    public RouteTable(List<Route> routes) {
        Map<String, String> owners = new HashMap<>();
        for (Route route : routes) {
            for (String prefix : route.prefixes()) {
                String other = owners.putIfAbsent(prefix, route.name());
                if (other != null) {
                    throw new IllegalArgumentException("gateway prefix " + prefix + " is claimed by both '"
                            + other + "' and '" + route.name() + "'");
                }
            }
        }
        this.routes = List.copyOf(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<Match> find(String path) {
        Match best = null;
        for (Route route : routes) {
            String prefix = route.matchedPrefix(path);
            if (prefix != null && (best == null || prefix.length() > best.prefix().length())) {
                best = new Match(route, prefix);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The route a path belongs to and the prefix that decided it. */
    public record Match(Route route, String prefix) {
    }
}
