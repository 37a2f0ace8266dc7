package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;

import java.util.List;

/** A contract as the use cases answer it, with the approvals its total requires under the configured policy. */
public record ContractView(Contract contract, List<ApprovalRole> requiredApprovals) {
}
