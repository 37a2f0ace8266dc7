package io.adeplatform.billing;

import io.adeplatform.platform.testing.ArchitectureContractTest;

/** The package shape every service shares (api → service → domain; persistence, events, messaging, config). */
class ArchitectureTest extends ArchitectureContractTest {
}
