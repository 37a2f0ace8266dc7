package io.adeplatform.platform.security;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * A named role set allows exactly its realm roles, the OpenAPI document names those roles, not the set, and an
 * inherited operation is documented as needing the bearer token too.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
class OperationSecurityTest {

    @Path("/role-sets")
    public static class Guarded {

        @GET
        @Path("delivery")
        @RolesAllowed(RoleSets.DELIVERY_WRITERS)
        public String delivery() {
            return "ok";
        }

        @GET
        @Path("deal")
        @RolesAllowed(RoleSets.DEAL_APPROVERS)
        public String deal() {
            return "ok";
        }
    }

    /** Like CustomerProjectionResource: the base class carries the annotation, the subclass only its path. */
    @io.quarkus.security.Authenticated
    public abstract static class Inherited {

        @GET
        @Path("x")
        public String x() {
            return "ok";
        }
    }

    @Path("/inheriting")
    public static class Inheriting extends Inherited {
    }

    /** Nobody is on any team here: only roles are under test. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class NoTeams implements AccountTeamDirectory {

        @Override
        public java.util.Optional<io.adeplatform.platform.core.AccountRole> roleOf(java.util.UUID customerId, String username) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Set<java.util.UUID> customersOf(String username) {
            return java.util.Set.of();
        }
    }

    @Test
    void aSetAllowsExactlyItsRoles() {
        for (String role : new String[]{Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN}) {
            given().header("Authorization", TestTokens.bearer("u", role)).get("/role-sets/delivery").then().statusCode(200);
        }
        for (String role : new String[]{Roles.FINANCE, Roles.VIEWER, Roles.PARTNER, Roles.REPORTER}) {
            given().header("Authorization", TestTokens.bearer("u", role)).get("/role-sets/delivery").then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer("u", Roles.FINANCE)).get("/role-sets/deal").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("u", Roles.ADMIN)).get("/role-sets/deal").then().statusCode(403);
    }

    @Test
    void theOpenApiDocumentListsTheRealmRoles() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/role-sets/delivery'.get.'x-roles'",
                        containsInAnyOrder(Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN))
                // a bearer token, without scopes (OpenAPI gives scopes meaning for OAuth2 flows only)
                .body("paths.'/role-sets/delivery'.get.security[0].bearer", org.hamcrest.Matchers.empty())
                .body("paths.'/inheriting/x'.get.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                // @Authenticated: every user role and the reporting machine identity, never partner
                .body("paths.'/inheriting/x'.get.'x-roles'", containsInAnyOrder(Roles.EXECUTIVE,
                        Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.VIEWER, Roles.ADMIN, Roles.REPORTER))
                // the scheme every operation names is defined: a bearer JWT
                .body("components.securitySchemes.bearer.type", org.hamcrest.Matchers.equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"));
        given().get("/inheriting/x").then().statusCode(401);
    }

    @Test
    void aPartnerTokenIsVerifiedButRefusedOnEveryUserEndpoint() {
        given().auth().oauth2(TestTokens.partnerToken()).get("/inheriting/x").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("not issued for the platform's user API"));
        // a role set refuses it already (the role check runs first)
        given().auth().oauth2(TestTokens.partnerToken()).get("/role-sets/delivery").then()
                .statusCode(403).contentType("application/problem+json");
        // the same path answers a user token, so the 403 is about the audience, not the endpoint
        given().header("Authorization", TestTokens.bearer("u", Roles.VIEWER)).get("/inheriting/x").then().statusCode(200);
        // a forged or broken token is still a 401, not mistaken for a partner
        given().auth().oauth2(TestTokens.wrongAudienceToken("u", Roles.PARTNER)).get("/inheriting/x").then().statusCode(401);
    }

    @Test
    void aReporterTokenReadsWhereEveryUserReadsAndNoRoleSetAdmitsIt() {
        given().auth().oauth2(TestTokens.reporterToken()).get("/inheriting/x").then().statusCode(200);
        for (String set : new String[]{"delivery", "deal"}) {
            given().auth().oauth2(TestTokens.reporterToken()).get("/role-sets/" + set).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
