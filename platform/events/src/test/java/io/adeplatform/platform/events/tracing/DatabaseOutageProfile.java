package io.adeplatform.platform.events.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The database behind the cuttable proxy, for {@link DatabaseOutageTest} only. A {@code @QuarkusTestResource} is
 * global (every test's application got it) and the other tests' resources set the same datasource URL, so whose URL
 * won depended on the order Quarkus met the resources in: with one more test class in the module, the application
 * talked to PostgreSQL directly and cutting the proxy cut nothing. A profile's own resource, with the global ones off,
 * leaves one URL: the proxy's.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresProxy.class, Map.of("database", "events_tracing")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
