package io.adeplatform.consumption;

import io.adeplatform.platform.testing.CustomerProjectionContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerProjectionTest extends CustomerProjectionContractTest {

    @Override
    protected String projectionPath() {
        return "/api/consumption/customer-projections";
    }

    @Override
    protected String applicationName() {
        return "consumption-service";
    }
}
