package io.adeplatform.consumption.service;

import io.adeplatform.platform.security.AccountAccess;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What every consumption use case shares: whose customers the caller may see, and the clock. */
abstract class ConsumptionUseCase {

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
