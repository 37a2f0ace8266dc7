package io.adeplatform.platform.security;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document says what security each operation has: a bearer token (Quarkus leaves out the requirement of a
 * method a resource inherits, such as the customer projection's; every API operation of the platform needs a token),
 * and the realm roles it allows in the extension {@code x-roles} — a {@link RoleSets} expression that Quarkus copied
 * from {@code @RolesAllowed} into the requirement's scopes is resolved to the roles it names. The roles leave the
 * requirement itself because OpenAPI gives scopes meaning only for OAuth2 flows (spectral's
 * oas3-operation-security-defined). An operation without a role set ({@code @Authenticated}) lists every user role
 * ({@code ade.roles.platform-users}): partner tokens are refused there too ({@link PartnerTokenFilter}).
 */
public class OperationSecurity implements OASFilter {

    /** The bearer-token scheme Quarkus declares for the realm (quarkus.smallrye-openapi.security-scheme-name). */
    static final String SCHEME = "bearer";
    /** The roles an operation admits, for humans and for tests reading the document. */
    public static final String ROLES_EXTENSION = "x-roles";

    @Override
    public Operation filterOperation(Operation operation) {
        Set<String> roles = new TreeSet<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> roles.addAll(roles(requirement)));
        }
        if (roles.isEmpty()) {
            roles.addAll(configured("ade.roles.platform-users"));
        }
        operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        operation.addExtension(ROLES_EXTENSION, new ArrayList<>(roles));
        return operation;
    }

    private static List<String> roles(SecurityRequirement requirement) {
        List<String> roles = new ArrayList<>();
        if (requirement.getSchemes() == null) {
            return roles;
        }
        for (List<String> scopes : requirement.getSchemes().values()) {
            for (String scope : scopes == null ? List.<String>of() : scopes) {
                roles.addAll(scope.startsWith("${") && scope.endsWith("}")
                        ? configured(scope.substring(2, scope.length() - 1)) : List.of(scope));
            }
        }
        return roles;
    }

    private static List<String> configured(String property) {
        return ConfigProvider.getConfig().getValues(property, String.class);
    }
}
