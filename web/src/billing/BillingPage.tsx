import { useSearchParams } from "react-router-dom";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { loadCustomerNames } from "../portfolio/portfolioApi";
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
          <label>
            Status
            <select
              value={status ?? ""}
              onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
            >
              <option value="">Any status</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CONTRACT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
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
