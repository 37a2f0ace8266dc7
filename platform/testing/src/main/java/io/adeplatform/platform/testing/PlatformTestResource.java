package io.adeplatform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Wires a service under test to a real PostgreSQL database and a real Kafka broker (shared by all tests of the
 * JVM) and to token validation with {@link TestTokens}. Use with
 * {@code @QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "portfolio"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ade_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestTokens.serviceConfig());
        config.put("quarkus.datasource.jdbc.url", SharedInfrastructure.database(database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres"); // trust authentication: any password passes
        config.put("kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
        // short poll so tests do not wait long when a notification is missed (e.g. right after start)
        config.put("ade.outbox.poll-interval", "500ms");
        return config;
    }

    @Override
    public void stop() {
        // the servers live until the JVM exits: the next test class reuses them
    }
}
