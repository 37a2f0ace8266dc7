package io.adeplatform.platform.security;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document says what security each operation has: the realm roles it allows (a {@link RoleSets}
 * expression that Quarkus copied from {@code @RolesAllowed} into the scopes is replaced by the roles it resolves to),
 * and a bearer token for every operation (Quarkus leaves out the requirement of a method a resource inherits, such
 * as the customer projection's; every API operation of the platform needs a token). An operation without a role set
 * ({@code @Authenticated}) lists every user role ({@code ade.roles.platform-users}): partner tokens are refused there
 * too ({@link PartnerTokenFilter}).
 */
public class OperationSecurity implements OASFilter {

    /** The bearer-token scheme Quarkus declares for the realm (quarkus.smallrye-openapi.security-scheme-name). */
    static final String SCHEME = "bearer";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        }
        operation.getSecurity().forEach(OperationSecurity::resolve);
        return operation;
    }

    private static void resolve(SecurityRequirement requirement) {
        if (requirement.getSchemes() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> scheme : Map.copyOf(requirement.getSchemes()).entrySet()) {
            List<String> scopes = scheme.getValue() == null || scheme.getValue().isEmpty()
                    ? List.of("${ade.roles.platform-users}") : scheme.getValue();
            List<String> roles = new ArrayList<>();
            for (String scope : scopes) {
                if (scope.startsWith("${") && scope.endsWith("}")) {
                    roles.addAll(ConfigProvider.getConfig().getValues(scope.substring(2, scope.length() - 1), String.class));
                } else {
                    roles.add(scope);
                }
            }
            requirement.addScheme(scheme.getKey(), roles);
        }
    }
}
