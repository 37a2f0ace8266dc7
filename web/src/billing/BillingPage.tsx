import { useSearchParams } from "react-router-dom";
import { loadCustomerNames } from "../api/customers";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { ChoiceFilter } from "../portfolio/PortfolioFiltersBar";
import { ApprovalInbox } from "./ApprovalInbox";
import { loadContracts } from "./billingApi";
import type { ContractStatus } from "./billingTypes";
import { ContractsTable } from "./ContractsTable";
import { CONTRACT_STATUS_LABELS } from "./lifecycle";

const STATUSES = Object.keys(CONTRACT_STATUS_LABELS) as ContractStatus[];

/** The status filter from the address (?status=), dropped when it is none the API knows. */
export function statusFilter(value: string | null): ContractStatus | undefined {
  return STATUSES.find((status) => status === value);
}

/** Billing: what waits on my approval, then every contract I can see (by status), each opening its detail. */
export function BillingPage() {
  const { api } = useSession();
  const [params, setParams] = useSearchParams();
  const status = statusFilter(params.get("status"));
  const [contracts, reload] = useLoad(async () => {
    // Names are a nicety: without them the table still shows the contracts.
    const [list, names] = await Promise.all([loadContracts(api, status), loadCustomerNames(api).catch(() => new Map<string, string>())]);
    return { ...list, names };
  }, `contracts:${status ?? ""}`);

  return (
    <>
      <h1>Billing</h1>
      <ApprovalInbox onDecided={reload} />
      <section aria-labelledby="contracts-title">
        <h2 id="contracts-title">Contracts</h2>
        <div className="filters">
          <ChoiceFilter
            label="Status"
            value={status}
            choices={STATUSES}
            labels={CONTRACT_STATUS_LABELS}
            onChange={(next) => setParams(next ? { status: next } : {})}
          />
        </div>
        {contracts.state === "loading" && <p role="status">Loading contracts…</p>}
        {contracts.state === "failed" && <ProblemBanner problem={contracts.problem} onReload={reload} />}
        {contracts.state === "ok" && (
          <>
            {contracts.data.truncated && <p role="status">Only the first 1,000 contracts are shown; filter by status to see the rest.</p>}
            <ContractsTable contracts={contracts.data.contracts} customerNames={contracts.data.names} />
          </>
        )}
      </section>
    </>
  );
}
