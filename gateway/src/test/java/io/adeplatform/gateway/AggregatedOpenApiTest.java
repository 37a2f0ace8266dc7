package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class AggregatedOpenApiTest {

    @Test
    void mergesEveryServiceWithRenamedSchemasAndTheBearerScheme() {
        given().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/customers/{id}"))
                .body("paths", hasKey("/api/contracts/{id}"))
                .body("paths", not(hasKey("/q/internal")))
                .body("components.schemas", hasKey("relationship.Problem"))
                .body("components.schemas", hasKey("billing.Problem"))
                .body("paths.'/api/contracts/{id}'.get.responses.'404'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/billing.Problem"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("security[0]", hasKey("bearer"))
                // the gateway's own operations, documented like the services'
                .body("paths.'/api/accounts/{customerId}/overview'.get.operationId", equalTo("getAccountOverview"))
                .body("paths.'/api/accounts/{customerId}/overview'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/gateway.AccountOverview"))
                .body("paths.'/openapi'.get.operationId", equalTo("getPlatformOpenApi"))
                // status packs (issue 21): PDFs as binary strings, the kept pack's metadata from the archive
                .body("paths.'/api/accounts/{customerId}/status-pack'.get.operationId", equalTo("getCustomerStatusPack"))
                .body("paths.'/api/accounts/{customerId}/status-pack'.get.responses.'200'.content.'application/pdf'.schema.format",
                        equalTo("binary"))
                .body("paths.'/api/accounts/{customerId}/engagements/{engagementId}/status-pack'.get.operationId",
                        equalTo("getEngagementStatusPack"))
                .body("paths.'/api/accounts/{customerId}/status-packs'.post.operationId", equalTo("keepStatusPack"))
                .body("paths.'/api/accounts/{customerId}/status-packs'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/gateway.StatusPackMetadata"))
                .body("paths.'/api/accounts/{customerId}/status-packs'.post.'x-roles'", not(hasItems("viewer")))
                .body("tags.name", hasItems("Account 360", "Status packs", "API documents"))
                // the dead and the silent services do not break the document
                .body("'x-unavailable-services'", hasItems("portfolio", "escalation"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
