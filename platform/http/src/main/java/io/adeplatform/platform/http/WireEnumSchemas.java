package io.adeplatform.platform.http;

import io.adeplatform.platform.core.WireEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI document lists enum values as clients send them, in the one enum mapping of {@link WireEnumJson}
 * ("delivery-manager", not the Java constant). SmallRye OpenAPI names an enum's schema after its simple class name;
 * the enum is looked up in the service's own packages ({@code io.adeplatform.<service>.domain|api|events}, the
 * service being {@code quarkus.application.name} without "-service"), then among the wire enums every service shares
 * ({@code io.adeplatform.platform.core}, e.g. {@code AccountRole}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WireEnumSchemas implements OASFilter {

    private static final List<String> PACKAGES = List.of("domain", "api", "events");
    /** Wire enums shared by every service. */
    private static final String SHARED = "io.adeplatform.platform.core";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> application = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || application.isEmpty()) {
            return;
        }
        String root = "io.adeplatform." + application.get().replace("-service", "");
        for (Map.Entry<String, Schema> schema : openAPI.getComponents().getSchemas().entrySet()) {
            if (schema.getValue().getEnumeration() != null) {
                enumType(root, schema.getKey()).ifPresent(type -> schema.getValue().setEnumeration(
                        Arrays.stream(type.getEnumConstants()).map(c -> (Object) WireEnums.wireName((Enum<?>) c)).toList()));
            }
        }
    }

    private static Optional<Class<?>> enumType(String root, String simpleName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> packages = new java.util.ArrayList<>(PACKAGES.stream().map(layer -> root + "." + layer).toList());
        packages.add(SHARED);
        for (String candidate : packages) {
            try {
                Class<?> type = Class.forName(candidate + "." + simpleName, false, loader);
                if (type.isEnum()) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return Optional.empty();
    }
}
