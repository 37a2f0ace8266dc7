package io.adeplatform.billing;

import io.adeplatform.platform.testing.CustomerProjectionContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerProjectionTest extends CustomerProjectionContractTest {

    @Override
    protected String projectionPath() {
        return "/api/billing/customer-projections";
    }

    @Override
    protected String applicationName() {
        return "billing-service";
    }
}
