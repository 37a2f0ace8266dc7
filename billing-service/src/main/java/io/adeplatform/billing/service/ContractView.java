package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;

import java.util.List;

/**
 * A contract as the use cases answer it, with the approvals its exposure requires under the configured policy (null
 * when its currency has no threshold).
 */
public record ContractView(Contract contract, List<ApprovalRole> requiredApprovals) {
}
