package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/** Multi-year consumption commitments of a customer; creating or changing one evaluates its risk at once. */
@ApplicationScoped
public class CommitmentService extends CustomerRecordUseCase {

    @Inject
    CommitmentRepository commitments;

    @Inject
    CommitmentRisk risk;

    @Transactional
    public Commitment create(UUID customerId, Money amount, LocalDate start, LocalDate end, String creator) {
        requireActiveCustomer(customerId);
        Commitment commitment = Commitment.create(customerId, amount, start, end, now(), creator);
        risk.evaluateNew(commitment); // before persisting, so its standing is inserted with the evaluation
        commitments.persist(commitment);
        return commitment;
    }

    /** Changing amount or term re-evaluates the risk (a new crossing publishes CommitmentAtRisk again). */
    @Transactional
    public Commitment update(UUID customerId, UUID commitmentId, ExpectedVersion expected, Money amount,
                             LocalDate start, LocalDate end) {
        return revise(get(customerId, commitmentId), expected, commitments, commitment -> {
            commitment.changeTerms(amount, start, end);
            risk.evaluateChanged(commitment);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment get(UUID customerId, UUID commitmentId) {
        return find("commitment", customerId, commitmentId, commitments);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Commitment> list(UUID customerId, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(commitments.page(customerId, page), page, Function.identity());
    }
}
