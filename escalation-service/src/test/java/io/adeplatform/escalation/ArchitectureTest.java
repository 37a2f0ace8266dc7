package io.adeplatform.escalation;

import io.adeplatform.platform.testing.ArchitectureContractTest;

/** The package shape every service shares (see ../ARCHITECTURE.md), held for escalation-service. */
class ArchitectureTest extends ArchitectureContractTest {
}
