package io.adeplatform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** For applications without a database or broker (the gateway): only token validation against the test key. */
public class TokenOnlyTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestTokens.serviceConfig();
    }

    @Override
    public void stop() {
    }
}
