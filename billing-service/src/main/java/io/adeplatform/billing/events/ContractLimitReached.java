package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.InvoiceLimit;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contract's not-to-exceed limit stopped an invoice (refused, or not created from an accepted milestone): published
 * once per contract. {@code scope} contract or line ({@code lineId} then set); {@code invoiced}: already on invoices
 * that are not void; {@code attempted}: what the stopped invoice would have added.
 */
public record ContractLimitReached(UUID contractId, UUID customerId, List<UUID> engagementIds, String scope, UUID lineId,
                                   Money notToExceed, Money invoiced, Money attempted, InvoiceSource source,
                                   String reason, OffsetDateTime reachedAt) implements ContractEvent {

    public static ContractLimitReached of(Contract c, InvoiceLimit.Breach breach, InvoiceSource source, OffsetDateTime at) {
        return new ContractLimitReached(c.id, c.customerId, List.copyOf(c.engagementIds), breach.scope(), breach.lineId(),
                new Money(breach.limit(), c.currency).rounded(), new Money(breach.invoiced(), c.currency).rounded(),
                new Money(breach.attempted(), c.currency).rounded(), source, breach.detail(), at);
    }
}
