package io.adeplatform.gateway.routing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static Route route(String name, String target, String... prefixes) {
        return new Route(name, List.of(prefixes), URI.create(target), Duration.ofSeconds(10));
    }

    private final RouteTable table = new RouteTable(List.of(
            route("relationship", "http://localhost:8081", "/api/customers", "/api/stakeholders"),
            route("billing", "http://localhost:8085", "/api/invoices"),
            route("overview", "http://localhost:8090", "/api/customers/overview")));

    @Test
    void matchesThePrefixAndItsSubPathsOnly() {
        assertThat(table.find("/api/customers")).map(m -> m.route().name()).contains("relationship");
        assertThat(table.find("/api/customers/")).map(m -> m.route().name()).contains("relationship");
        assertThat(table.find("/api/customers/42/contacts")).map(m -> m.route().name()).contains("relationship");
        assertThat(table.find("/api/stakeholders/1")).map(m -> m.route().name()).contains("relationship");
        assertThat(table.find("/api/invoices")).map(m -> m.route().name()).contains("billing");
        assertThat(table.find("/api/customersX")).isEmpty();
        assertThat(table.find("/api/custom")).isEmpty();
        assertThat(table.find("/api")).isEmpty();
        assertThat(table.find("/api/nowhere")).isEmpty();
    }

    @Test
    void tellsWhichPrefixMatched() {
        assertThat(table.find("/api/stakeholders/1")).map(RouteTable.Match::prefix).contains("/api/stakeholders");
    }

    @Test
    void theLongestPrefixWins() {
        assertThat(table.find("/api/customers/overview/7")).map(m -> m.route().name()).contains("overview");
        assertThat(table.find("/api/customers/overviews")).map(m -> m.route().name()).contains("relationship");
    }

    @Test
    void rejectsConfigurationMistakesAtStartUp() {
        assertThatThrownBy(() -> route("a", "http://localhost:1", "/customers")).hasMessageContaining("/api/");
        assertThatThrownBy(() -> route("a", "http://localhost:1", "/api/customers/")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> route("a", "localhost:1", "/api/x")).hasMessageContaining("absolute http");
        assertThatThrownBy(() -> route("a", "http://localhost:1/base", "/api/x")).hasMessageContaining("path");
        assertThatThrownBy(() -> new Route("a", List.of(), URI.create("http://h"), Duration.ofSeconds(1)))
                .hasMessageContaining("at least one prefix");
        assertThatThrownBy(() -> new RouteTable(List.of(
                route("a", "http://h:1", "/api/x"), route("b", "http://h:2", "/api/x"))))
                .hasMessageContaining("claimed by both");
    }

    @Test
    void defaultPortsFollowTheScheme() {
        assertThat(route("a", "http://svc", "/api/x").port()).isEqualTo(80);
        assertThat(route("a", "https://svc", "/api/x").port()).isEqualTo(443);
        assertThat(route("a", "https://svc:8443", "/api/x").port()).isEqualTo(8443);
    }
}
