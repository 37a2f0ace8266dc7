package io.adeplatform.escalation;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the real PostgreSQL database "escalation" and the real Kafka broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "escalation"))
public class TestInfrastructure {
}
