package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Multi-year consumption commitments of a customer; creating or changing one evaluates its risk at once. */
@ApplicationScoped
public class CommitmentService {

    @Inject
    CommitmentRepository commitments;

    @Inject
    CommitmentRisk risk;

    @Inject
    ActiveCustomers activeCustomers;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    @Transactional
    public Commitment create(UUID customerId, Money amount, LocalDate start, LocalDate end, String creator) {
        activeCustomers.require(customerId);
        Commitment commitment = Commitment.create(customerId, amount, start, end, OffsetDateTime.now(clock), creator);
        if (commitment.runsAfter(LocalDate.now(clock))) {
            risk.evaluate(commitment); // before persisting, so the row is inserted with its risk flag
        }
        commitments.persist(commitment);
        return commitment;
    }

    /** Changing amount or term re-evaluates the risk (a new crossing publishes CommitmentAtRisk again). */
    @Transactional
    public Commitment update(UUID customerId, UUID commitmentId, ExpectedVersion expected, Money amount,
                             LocalDate start, LocalDate end) {
        Commitment commitment = find(customerId, commitmentId);
        expected.check(commitment.version);
        commitment.changeTerms(amount, start, end);
        if (commitment.runsAfter(LocalDate.now(clock))) {
            risk.evaluate(commitment);
        }
        commitments.flush();
        return commitment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment get(UUID customerId, UUID commitmentId) {
        return find(customerId, commitmentId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> list(UUID customerId) {
        access.requireVisible(customerId);
        return commitments.ofCustomer(customerId);
    }

    private Commitment find(UUID customerId, UUID commitmentId) {
        access.requireVisible(customerId);
        return access.visible("commitment", commitmentId, commitments.findOf(customerId, commitmentId),
                found -> found.customerId);
    }
}
