package io.adeplatform.platform.security;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document names the realm roles an operation allows: a {@link RoleSets} expression that Quarkus copied
 * from {@code @RolesAllowed} into the scopes is replaced by the roles it resolves to.
 */
public class RoleSetScopes implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(RoleSetScopes::resolve);
        }
        return operation;
    }

    private static void resolve(SecurityRequirement requirement) {
        if (requirement.getSchemes() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> scheme : Map.copyOf(requirement.getSchemes()).entrySet()) {
            List<String> roles = new ArrayList<>();
            for (String scope : scheme.getValue() == null ? List.<String>of() : scheme.getValue()) {
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
