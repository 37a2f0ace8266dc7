package io.adeplatform.platform.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every named role set of {@link RoleSets} allows writes (or decisions), so none names the machine roles: reporter
 * reads only, partner has no HTTP endpoint. Reads ({@code @Authenticated}, {@code ade.roles.platform-users}) admit
 * reporter. Read from this module's own configuration, as the services resolve it.
 */
class RoleSetsTest {

    private static SmallRyeConfig config() throws IOException {
        URL properties = RoleSets.class.getResource("/META-INF/microprofile-config.properties");
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties)).build();
    }

    @Test
    void noWriterSetAdmitsTheReporterOrPartnerRoles() throws Exception {
        SmallRyeConfig config = config();
        List<String> sets = new ArrayList<>();
        for (Field field : RoleSets.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String expression = (String) field.get(null);
                String property = expression.substring(2, expression.length() - 1);
                List<String> roles = config.getValues(property, String.class);
                assertThat(roles).as(field.getName()).isNotEmpty().doesNotContain(Roles.REPORTER, Roles.PARTNER);
                sets.add(field.getName());
            }
        }
        assertThat(sets).contains("DELIVERY_WRITERS", "FINANCE_WRITERS", "ACCOUNT_WRITERS", "EXECUTIVES",
                "DEAL_APPROVERS");
    }

    @Test
    void readsAdmitTheReporterButNeverAPartner() throws Exception {
        assertThat(config().getValues("ade.roles.platform-users", String.class))
                .contains(Roles.REPORTER, Roles.VIEWER, Roles.ADMIN).doesNotContain(Roles.PARTNER);
    }
}
