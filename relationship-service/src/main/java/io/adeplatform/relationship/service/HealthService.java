package io.adeplatform.relationship.service;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.Coverage;
import io.adeplatform.relationship.persistence.HealthQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reading coverage of key roles, relationship health now and its history. */
@ApplicationScoped
public class HealthService extends CustomerUseCase {

    @Inject
    HealthQueries health;

    @Inject
    HealthRecorder recorder;

    /** Coverage, by the same rule the health score counts engaged key roles with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage.Result coverage(UUID customerId) {
        access.visible(customerId);
        return recorder.coverage(customerId, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Health now; computing it records a change against the last recorded value, so recency decay shows up. */
    @Transactional
    public HealthView current(UUID customerId) {
        access.visible(customerId);
        return recorder.refresh(customerId);
    }

    /** Every recorded change, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HealthHistoryView> history(UUID customerId, PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(health.history(customerId, page), page,
                r -> new HealthHistoryView(r.computedAt(), r.score(), r.band(), r.factors()));
    }
}
