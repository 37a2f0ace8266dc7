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
                    "post": {"operationId": "replayDeadLetters",
                             "parameters": [{"name": "domain", "in": "path", "required": true},
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
        // the operation every service has keeps a unique operationId: the later one gets its route as suffix
        assertThat(replay.path("post").path("operationId").asText()).isEqualTo("replayDeadLetters");
        assertThat(paths.path("/api/admin/portfolio/dead-letters/{topic}/replay").path("post").path("operationId").asText())
                .isEqualTo("replayDeadLettersPortfolio");
    }

    @Test
    void aPathOnlyResemblingAPrefixIsNotPublished() throws Exception {
        JsonNode merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument("billing", List.of("/api/invoices"),
                serviceDocument("/api/invoicesX"))), List.of());

        assertThat(merged.path("paths").fieldNames()).toIterable().isEmpty();
    }

    @Test
    void theGatewaysOwnOperationsTagsAndAnswersAreInTheMergedDocument() throws Exception {
        JsonNode own = mapper.readTree("""
                {"tags": [{"name": "Account 360", "description": "overview"}],
                 "paths": {"/api/accounts/{customerId}/overview": {"get": {"operationId": "getAccountOverview",
                   "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountOverview"}}}}}}}},
                 "components": {"schemas": {"AccountOverview": {"type": "object"}, "Problem": {"type": "object"}}}}""");
        JsonNode billing = mapper.readTree("""
                {"tags": [{"name": "Invoices", "description": "bills"}],
                 "paths": {"/api/invoices": {"post": {"operationId": "createInvoice", "requestBody": {},
                   "responses": {"201": {"description": "created"}}}}}}""");
        JsonNode merged = merger.merge(own, List.of(new OpenApiMerger.ServiceDocument("billing", List.of("/api/invoices"),
                billing)), List.of());

        assertThat(merged.path("paths").path("/api/accounts/{customerId}/overview").path("get").path("responses")
                .path("200").findValue("$ref").asText()).isEqualTo("#/components/schemas/gateway.AccountOverview");
        assertThat(merged.path("components").path("schemas").has("gateway.AccountOverview")).isTrue();
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Account 360", "Invoices");
        // what the gateway answers itself on a routed operation, defined once
        JsonNode responses = merged.path("paths").path("/api/invoices").path("post").path("responses");
        assertThat(responses.path("502").path("$ref").asText()).isEqualTo("#/components/responses/GatewayUpstreamFailed");
        assertThat(responses.path("504").path("$ref").asText()).isEqualTo("#/components/responses/GatewayUpstreamTimeout");
        assertThat(responses.path("413").path("$ref").asText()).isEqualTo("#/components/responses/GatewayBodyTooLarge");
        assertThat(merged.path("components").path("responses").path("GatewayUpstreamFailed").findValue("$ref").asText())
                .isEqualTo("#/components/schemas/gateway.Problem");
        // the gateway's own operation is not routed: no gateway answers added to it
        assertThat(merged.path("paths").path("/api/accounts/{customerId}/overview").path("get").path("responses").has("502"))
                .isFalse();
    }

    @Test
    void schemasNoServedOperationReachesAreLeftOut() throws Exception {
        JsonNode billing = mapper.readTree("""
                {"paths": {"/api/invoices": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/PageInvoice"}}}}}}},
                  "/q/internal": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Internal"}}}}}}}},
                 "components": {"schemas": {
                   "PageInvoice": {"properties": {"items": {"items": {"$ref": "#/components/schemas/Invoice"}}}},
                   "Invoice": {"properties": {"total": {"$ref": "#/components/schemas/Money"}}},
                   "Money": {"type": "object"}, "Internal": {"type": "object"}, "Orphan": {"type": "object"}}}}""");
        JsonNode merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument("billing", List.of("/api/invoices"),
                billing)), List.of());

        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("billing.PageInvoice", "billing.Invoice", "billing.Money");
    }
}
