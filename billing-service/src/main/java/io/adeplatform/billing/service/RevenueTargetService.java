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
import io.adeplatform.platform.core.StaleVersion;
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

    /** The result of setting a target: whether it was the first one (201) or replaced one (200). */
    public record TargetSet(RevenueTarget target, boolean created) {
    }

    /** 404 for a customer the caller may not see, or a year without target. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueTarget target(UUID customerId, int fiscalYear) {
        access.requireVisible(customerId);
        return targets.of(customerId, fiscalYear)
                .orElseThrow(() -> new NotFound("revenue target", customerId + "/FY" + fiscalYear));
    }

    /**
     * Creates the year's target (no If-Match needed; one sent for a year without target is stale: 412) or replaces it
     * (If-Match required: 428 without, 412 when stale). Two first settings at once: one wins, the other is a 412.
     */
    @Transactional
    public TargetSet set(UUID customerId, int fiscalYear, Money amount, ExpectedVersion expected, boolean ifMatchSent) {
        access.writable(customerId);
        Optional<RevenueTarget> kept = targets.lock(customerId, fiscalYear);
        if (kept.isPresent()) {
            expected.check(kept.get().version);
            kept.get().replace(amount, actor.name(), actor.now());
            targets.flush();
            return new TargetSet(kept.get(), false);
        }
        if (ifMatchSent) {
            expected.check(-1); // no version exists yet: only "*" passes
        }
        RevenueTarget first = RevenueTarget.of(customerId, fiscalYear, amount, actor.name(),
                actor.now().truncatedTo(ChronoUnit.MICROS));
        if (!targets.insertIfAbsent(first)) {
            throw new StaleVersion(0);
        }
        return new TargetSet(first, true);
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
}
