package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.ArchitectureContractTest;

/** The package shape every service shares (see ../ARCHITECTURE.md), held for portfolio-service. */
class ArchitectureTest extends ArchitectureContractTest {
}
