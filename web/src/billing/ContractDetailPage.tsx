import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { ApprovalDecisionForm } from "./ApprovalDecisionForm";
import { awaitsApprovalFrom } from "./approvals";
import { loadContract } from "./billingApi";
import { ComplianceChecklist } from "./ComplianceChecklist";
import { ContractLifecycle } from "./ContractLifecycle";
import { ContractTerms } from "./ContractTerms";
import { InvoicesSection } from "./InvoicesSection";
import { ProfitabilityPanel } from "./ProfitabilityPanel";
import { RevenueSection } from "./RevenueSection";
import { ContractStatusBadge } from "./StatusBadge";

/** One contract: terms, the decision if it waits on me, checklist, lifecycle, invoices, revenue and profitability. */
export function ContractDetailPage() {
  const { contractId = "" } = useParams();
  const { api, username, roles } = useSession();
  const [outcome, setOutcome] = useState("");
  const [contract, reload] = useLoad(() => loadContract(api, contractId), contractId);

  const back = (
    <p>
      <Link to="/billing">All contracts and the approval inbox</Link>
    </p>
  );
  if (contract.state === "loading") return <p role="status">Loading the contract…</p>;
  if (contract.state === "failed")
    return (
      <>
        <h1>Contract</h1>
        {back}
        <ProblemBanner problem={contract.problem} onReload={reload} />
      </>
    );

  const c = contract.data;
  const decided = (message: string) => {
    setOutcome(message);
    reload();
  };
  return (
    <>
      <h1>{c.title}</h1>
      <p>
        Status: <ContractStatusBadge status={c.status} />
        {(c.revision ?? 1) > 1 && ` — revision ${c.revision}`}
      </p>
      {back}
      {outcome && <p role="status">{outcome}</p>}
      <ContractTerms contract={c} />
      {awaitsApprovalFrom(c, username, roles) && (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">Your approval</h2>
          <ApprovalDecisionForm contract={c} onDecided={decided} onReload={reload} />
        </section>
      )}
      <ComplianceChecklist contract={c} onChanged={reload} />
      <ContractLifecycle contract={c} onChanged={reload} />
      <InvoicesSection contractId={contractId} />
      <RevenueSection contractId={contractId} />
      <section aria-labelledby="profitability-title">
        <h2 id="profitability-title">Profitability and budget burn</h2>
        {(c.engagementIds ?? []).length === 0 && <p>The contract covers no engagement yet.</p>}
        <div className="sections">
          {(c.engagementIds ?? []).map((id) => (
            <ProfitabilityPanel key={id} engagementId={id} />
          ))}
        </div>
      </section>
    </>
  );
}
