package io.adeplatform.gateway.statuspack;

import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/**
 * The status-pack tests' own gateway: the stand-ins of {@link StatusPackUpstreams} instead of the echo servers the
 * other tests share (global test resources would configure the same routes twice).
 */
public class StatusPackProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TokenOnlyTestResource.class), new TestResourceEntry(StatusPackUpstreams.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
