import { Link } from "react-router-dom";
import { formatMoney } from "../format/money";
import { APPROVAL_ROLE_LABELS } from "./approvals";
import type { Contract } from "./billingTypes";
import { ContractStatusBadge } from "./StatusBadge";

/** The contracts as a table; each title opens the contract's detail. */
export function ContractsTable({ contracts, customerNames }: { contracts: Contract[]; customerNames: Map<string, string> }) {
  if (contracts.length === 0) {
    return <p>No contracts.</p>;
  }
  return (
    <table className="contracts">
      <caption className="visually-hidden">Contracts</caption>
      <thead>
        <tr>
          <th scope="col">Contract</th>
          <th scope="col">Customer</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
          <th scope="col">Exposure</th>
          <th scope="col">Approved by</th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((contract) => (
          <tr key={contract.id}>
            <th scope="row">
              <Link to={`/billing/contracts/${contract.id}`}>{contract.title}</Link>
              {(contract.revision ?? 1) > 1 && <span> (revision {contract.revision})</span>}
            </th>
            <td>{customerNames.get(contract.customerId ?? "") ?? "—"}</td>
            <td>
              <ContractStatusBadge status={contract.status} />
            </td>
            <td>{formatMoney(contract.total)}</td>
            <td>{formatMoney(contract.exposure)}</td>
            <td>{approvers(contract)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function approvers(contract: Contract): string {
  const approved = (contract.approvals ?? []).filter((a) => a.decision === "approved");
  if (approved.length === 0) return "—";
  return approved.map((a) => `${a.approver} (${a.role ? APPROVAL_ROLE_LABELS[a.role] : "?"})`).join(", ");
}
