package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.StandardEndpointsContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StandardEndpointsTest extends StandardEndpointsContractTest {
}
