package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Subscription;
import io.adeplatform.consumption.domain.SubscriptionTransfer;
import io.adeplatform.consumption.persistence.SubscriptionRepository;
import io.adeplatform.consumption.persistence.SubscriptionTransferRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Function;

/**
 * Moving a subscription to another customer: the one way its holder changes, an admin's action with an audit row
 * (who, when, from, to, why). Usage stored from then on counts for the new holder; usage stored before stays the
 * previous holder's.
 */
@ApplicationScoped
public class SubscriptionTransferService extends CustomerRecordUseCase {

    private static final Logger LOG = Logger.getLogger(SubscriptionTransferService.class);

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriptionRepository repository;

    @Inject
    SubscriptionTransferRepository transfers;

    /** 404 unknown subscription, 422 unknown or archived target or the holder itself, 412 stale version. */
    @Transactional
    public Subscription transfer(String id, ExpectedVersion expected, UUID target, String reason, String admin) {
        Subscription subscription = subscriptions.get(id);
        requireActiveCustomer(target);
        return revise(subscription, expected, repository, moved -> {
            SubscriptionTransfer transfer = SubscriptionTransfer.move(moved, target, reason, admin, now());
            transfers.persist(transfer);
            LOG.infof("%s transferred subscription %s from customer %s to %s: %s", admin, id, transfer.fromCustomerId,
                    target, transfer.reason);
        });
    }

    /** A page of the audit of the subscription's transfers, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubscriptionTransfer> history(String id, PageRequest page) {
        return Page.fromOverfetch(transfers.page(subscriptions.get(id).id, page), page, Function.identity());
    }
}
