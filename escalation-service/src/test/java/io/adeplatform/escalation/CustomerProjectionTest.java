package io.adeplatform.escalation;

import io.adeplatform.platform.testing.CustomerProjectionContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerProjectionTest extends CustomerProjectionContractTest {

    @Override
    protected String projectionPath() {
        return Escalations.CUSTOMERS;
    }

    @Override
    protected String applicationName() {
        return "escalation-service";
    }
}
