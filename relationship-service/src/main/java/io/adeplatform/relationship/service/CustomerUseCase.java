package io.adeplatform.relationship.service;

import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;

/** What the use cases on a customer's data share: who may see and change it ({@link CustomerAccess}), and time. */
abstract class CustomerUseCase {

    @Inject
    CustomerAccess access;

    @Inject
    Clock clock;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
