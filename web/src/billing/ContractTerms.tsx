import { formatMoney } from "../format/money";
import { APPROVAL_ROLE_LABELS } from "./approvals";
import type { Contract } from "./billingTypes";

const METHOD_LABELS: Record<string, string> = {
  "time-and-materials": "Time and materials",
  "fixed-fee": "Fixed fee",
  milestone: "Milestones",
};

/** What was agreed: amounts, who must approve and who did, and the lines. */
export function ContractTerms({ contract }: { contract: Contract }) {
  const required = contract.requiredApprovals?.map((role) => APPROVAL_ROLE_LABELS[role]).join(" and ");
  return (
    <section aria-labelledby="terms-title">
      <h2 id="terms-title">Terms</h2>
      <dl className="terms">
        <dt>Total</dt>
        <dd>{formatMoney(contract.total)}</dd>
        <dt>Exposure</dt>
        <dd>{formatMoney(contract.exposure)}</dd>
        <dt>Not to exceed</dt>
        <dd>{formatMoney(contract.notToExceed)}</dd>
        <dt>Approved by</dt>
        <dd>{required ? `${required} (required)` : "no approval threshold for this currency"}</dd>
        <dt>Submitted</dt>
        <dd>{contract.submittedBy ? `by ${contract.submittedBy} on ${contract.submittedAt?.slice(0, 10)}` : "not yet"}</dd>
        <dt>Signed</dt>
        <dd>{contract.signedBy ? `by ${contract.signedBy} on ${contract.signedAt?.slice(0, 10)}` : "not yet"}</dd>
      </dl>
      <Decisions contract={contract} />
      <table>
        <caption className="visually-hidden">Lines</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Billing</th>
            <th scope="col">Value</th>
            <th scope="col">Not to exceed</th>
          </tr>
        </thead>
        <tbody>
          {(contract.lines ?? []).map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.description}</th>
              <td>
                {METHOD_LABELS[line.billingMethod ?? ""] ?? line.billingMethod}
                {line.percentComplete != null && ` (${line.percentComplete} % complete)`}
              </td>
              <td>{formatMoney(line.value)}</td>
              <td>{formatMoney(line.notToExceed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Decisions({ contract }: { contract: Contract }) {
  const approvals = contract.approvals ?? [];
  if (approvals.length === 0) return null;
  return (
    <ul className="rows decisions" aria-label="Approval decisions">
      {approvals.map((a, index) => (
        <li key={index}>
          {a.decision === "rejected" ? "Rejected" : "Approved"} by {a.approver} as {a.role ? APPROVAL_ROLE_LABELS[a.role] : "—"} on{" "}
          {a.decidedAt?.slice(0, 10)}
          {a.comment ? `: “${a.comment}”` : ""}
        </li>
      ))}
    </ul>
  );
}
