package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.CustomerProjectionContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerProjectionTest extends CustomerProjectionContractTest {

    @Override
    protected String projectionPath() {
        return Fixtures.PROJECTION;
    }

    @Override
    protected String applicationName() {
        return "portfolio-service";
    }
}
