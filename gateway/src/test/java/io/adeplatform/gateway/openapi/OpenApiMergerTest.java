package io.adeplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(mapper, "http://keycloak/realms/ade/.well-known/openid-configuration");

    /** What platform/events adds to every service, next to the service's own paths. */
    private JsonNode serviceDocument(String ownPath) throws Exception {
        return mapper.readTree("""
                {"paths": {
                  "%s": {"get": {"responses": {"200": {"description": "ok"}}}},
                  "/api/admin/{domain}/dead-letters/{topic}/replay": {
                    "parameters": [{"name": "domain", "in": "path", "required": true}],
                    "post": {"parameters": [{"name": "domain", "in": "path", "required": true},
                                            {"name": "topic", "in": "path", "required": true}],
                             "responses": {"200": {"description": "replayed"}}}},
                  "/q/internal": {"get": {"responses": {"200": {"description": "not routed"}}}}
                }}""".formatted(ownPath));
    }

    @Test
    void everyServicesAdminPathsArePublishedUnderItsOwnPrefixWithTheDomainFilledIn() throws Exception {
        JsonNode merged = merger.merge(List.of(
                new OpenApiMerger.ServiceDocument("billing", List.of("/api/invoices", "/api/admin/billing"),
                        serviceDocument("/api/invoices")),
                new OpenApiMerger.ServiceDocument("portfolio", List.of("/api/engagements", "/api/admin/portfolio"),
                        serviceDocument("/api/engagements"))), List.of());

        JsonNode paths = merged.path("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/invoices", "/api/engagements",
                "/api/admin/billing/dead-letters/{topic}/replay", "/api/admin/portfolio/dead-letters/{topic}/replay");
        JsonNode replay = paths.path("/api/admin/billing/dead-letters/{topic}/replay");
        assertThat(replay.path("parameters")).isEmpty();
        assertThat(replay.path("post").path("parameters").findValuesAsText("name")).containsExactly("topic");
    }

    @Test
    void aPathOnlyResemblingAPrefixIsNotPublished() throws Exception {
        JsonNode merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument("billing", List.of("/api/invoices"),
                serviceDocument("/api/invoicesX"))), List.of());

        assertThat(merged.path("paths").fieldNames()).toIterable().isEmpty();
    }
}
