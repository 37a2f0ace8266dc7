package io.adeplatform.relationship;

import io.adeplatform.platform.testing.ArchitectureContractTest;

/** The package shape every service shares (see ../ARCHITECTURE.md), held for relationship-service. */
class ArchitectureTest extends ArchitectureContractTest {
}
