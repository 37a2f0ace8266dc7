package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the real PostgreSQL database "portfolio" and the real Kafka broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "portfolio"))
public class TestInfrastructure {
}
