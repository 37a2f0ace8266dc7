import { useState } from "react";
import { Link } from "react-router-dom";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { ProblemBanner } from "../layout/ProblemBanner";
import { APPROVAL_ROLE_LABELS, approvalInbox, decidingRoles, missingApprovals } from "./approvals";
import { loadContracts } from "./billingApi";
import { ApprovalDecisionForm } from "./ApprovalDecisionForm";

/** "What waits on me": the pending deals this user may approve now, each with Approve and Reject. */
export function ApprovalInbox({ onDecided }: { onDecided: () => void }) {
  const { api, username, roles } = useSession();
  const [outcome, setOutcome] = useState("");
  const mayDecide = decidingRoles(roles).length > 0;
  const [pending, reload] = useLoad(
    () => (mayDecide ? loadContracts(api, "pending-approval") : Promise.resolve({ contracts: [], truncated: false })),
    `inbox:${mayDecide}`,
  );

  function decided(message: string) {
    setOutcome(message);
    reload();
    onDecided();
  }

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <h2 id="inbox-title">Approval inbox</h2>
      {outcome && <p role="status">{outcome}</p>}
      {!mayDecide ? (
        <p>Deals are approved by finance and executives; nothing waits on you here.</p>
      ) : pending.state === "loading" ? (
        <p role="status">Loading the deals awaiting approval…</p>
      ) : pending.state === "failed" ? (
        <ProblemBanner problem={pending.problem} onReload={reload} />
      ) : (
        <InboxList contracts={approvalInbox(pending.data.contracts, username, roles)} onDecided={decided} onReload={reload} />
      )}
    </section>
  );
}

function InboxList({ contracts, onDecided, onReload }: { contracts: ReturnType<typeof approvalInbox>; onDecided: (m: string) => void; onReload: () => void }) {
  if (contracts.length === 0) {
    return <p>Nothing waits on your approval.</p>;
  }
  return (
    <ul className="rows inbox-list">
      {contracts.map((contract) => (
        <li key={contract.id} className="card">
          <h3>
            <Link to={`/billing/contracts/${contract.id}`}>{contract.title}</Link>
          </h3>
          <p>
            Exposure {formatMoney(contract.exposure)} (total {formatMoney(contract.total)}), submitted by{" "}
            {contract.submittedBy ?? "—"}; waits for{" "}
            {missingApprovals(contract)
              .map((role) => APPROVAL_ROLE_LABELS[role])
              .join(" and ")}
            .
          </p>
          <ApprovalDecisionForm contract={contract} onDecided={onDecided} onReload={onReload} />
        </li>
      ))}
    </ul>
  );
}
