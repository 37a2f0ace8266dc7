package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.ContractRevenue;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Revenue recognized on a contract, per line, against what has been billed (gross; recognized − billed = unbilled);
 * credit notes apart ({@code credited}), and {@code revenue} = recognized − credited.
 */
public record RevenueResponse(UUID contractId, UUID customerId, Money contractValue, Money recognized, Money billed,
                              Money recognizedNotBilled, Money credited, Money revenue, List<Line> lines) {

    @Schema(name = "RevenueLine", description = "One contract line's revenue; `basis` says how it was recognized.")
    public record Line(UUID lineId, String description, BillingMethod billingMethod, Money value, Money recognized,
                       Money billed, Money recognizedNotBilled,
                       @Schema(description = "How the line's revenue was recognized (approved hours, percent complete, "
                               + "accepted milestones).") String basis) {
    }

    public static RevenueResponse from(ContractRevenue r) {
        return new RevenueResponse(r.contractId(), r.customerId(), r.contractValue(), r.recognized(), r.billed(),
                r.recognizedNotBilled(), r.credited(), r.revenue(), r.lines().stream().map(l -> new Line(l.lineId(), l.description(),
                        l.billingMethod(), l.value(), l.recognized(), l.billed(), l.recognizedNotBilled(), l.basis())).toList());
    }
}
