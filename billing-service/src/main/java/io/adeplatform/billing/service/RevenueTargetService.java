package io.adeplatform.billing.service;

import io.adeplatform.billing.config.FiscalYearConfig;
import io.adeplatform.billing.domain.FiscalYear;
import io.adeplatform.billing.domain.RevenueAttainment;
import io.adeplatform.billing.domain.RevenueForecast;
import io.adeplatform.billing.domain.RevenueTarget;
import io.adeplatform.billing.persistence.RevenueTargetRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Revenue targets per customer and fiscal year, and the attainment against them. */
@ApplicationScoped
public class RevenueTargetService {

    @Inject
    AccountAccess access;

    @Inject
    RevenueTargetRepository targets;

    @Inject
    RevenueForecastService forecasts;

    @Inject
    FiscalYearConfig fiscal;

    @Inject
    Actor actor;

    /** 404 for a customer the caller may not see, or a year without target. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueTarget target(UUID customerId, int fiscalYear) {
        access.requireVisible(customerId);
        return targets.of(customerId, fiscalYear).orElseThrow(() -> missing(customerId, fiscalYear));
    }

    /**
     * The year's first target; 409 {@code target-exists} when the year has one (replace it under its ETag), also when
     * two first settings race (the insert that loses finds the other's row).
     */
    @Transactional
    public RevenueTarget create(UUID customerId, int fiscalYear, Money amount) {
        access.writable(customerId);
        RevenueTarget first = RevenueTarget.of(customerId, fiscalYear, amount, actor.name(),
                actor.now().truncatedTo(ChronoUnit.MICROS));
        if (!targets.insertIfAbsent(first)) {
            throw new Conflict("target-exists", "customer " + customerId + " has a revenue target for FY" + fiscalYear
                    + " already: replace it with PUT and its ETag in If-Match");
        }
        return first;
    }

    /** Replaces the year's target when it is the version the caller read (428 without If-Match, 412 when stale). */
    @Transactional
    public RevenueTarget replace(UUID customerId, int fiscalYear, Money amount, ExpectedVersion expected) {
        access.writable(customerId);
        RevenueTarget kept = targets.lock(customerId, fiscalYear).orElseThrow(() -> missing(customerId, fiscalYear));
        expected.check(kept.version);
        kept.replace(amount, actor.name(), actor.now());
        targets.flush();
        return kept;
    }

    /** The fiscal year that holds today: the default of the attainment. */
    public int currentFiscalYear() {
        return FiscalYear.containing(forecasts.currentMonth(), fiscal.firstMonth()).year();
    }

    /** Recognized and forecast revenue in the fiscal year against its target (null when none is set); 404 as above. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueAttainment attainment(UUID customerId, int fiscalYear) {
        access.requireVisible(customerId);
        FiscalYear year = new FiscalYear(fiscalYear, fiscal.firstMonth());
        RevenueForecast forecast = forecasts.forecast(Optional.of(Set.of(customerId)), year.firstMonth(), 12);
        return RevenueAttainment.of(customerId, year, targets.of(customerId, fiscalYear).orElse(null), forecast);
    }

    private static NotFound missing(UUID customerId, int fiscalYear) {
        return new NotFound("revenue target", customerId + "/" + fiscalYear);
    }
}
