package io.adeplatform.consumption;

import io.adeplatform.platform.testing.ArchitectureContractTest;

/** The package shape every service shares (api, service, domain, persistence, events, messaging). */
class ArchitectureTest extends ArchitectureContractTest {
}
