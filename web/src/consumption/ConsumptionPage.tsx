import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { loadCustomerNames } from "../api/customers";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { AnomaliesSection } from "./AnomaliesSection";
import { BlockersSection } from "./BlockersSection";
import { CustomerPicker } from "./CustomerPicker";
import { toDay } from "./dates";
import { SummarySections } from "./SummarySections";
import { UsageSection } from "./UsageSection";
import { UsageUpload } from "./UsageUpload";

/**
 * Consumption of one customer (in the address: /consumption?customer=<id>, so a view can be shared): this month
 * against its goal, each commitment's burn-down with projection and shortfall, usage by service, anomalies,
 * blockers; writers also upload cost exports. `today` is the UTC day the usage charts end on (a test pins it).
 */
export function ConsumptionPage({ today = toDay(new Date()) }: { today?: string }) {
  const { api, roles } = useSession();
  const [search, setSearch] = useSearchParams();
  const [customers, reloadCustomers] = useLoad(() => loadCustomerNames(api), "customers");
  // Bumped after an upload: the customer's sections are read again, since the upload may have changed them.
  const [uploads, setUploads] = useState(0);

  const names = customers.state === "ok" ? customers.data : new Map<string, string>();
  const customerId = search.get("customer") ?? names.keys().next().value;

  return (
    <section aria-labelledby="consumption-title">
      <h1 id="consumption-title">Consumption</h1>
      {customers.state === "loading" && <p role="status">Loading customers…</p>}
      {/* Without the list (relationship away) a customer named in the address is still shown. */}
      {customers.state === "failed" && <ProblemBanner problem={customers.problem} onReload={reloadCustomers} />}
      {customers.state === "ok" && !customerId && <p>You are not on any customer's account team yet.</p>}
      {customers.state === "ok" && customerId && (
        <CustomerPicker customers={names} value={customerId} onChange={(id) => setSearch({ customer: id }, { replace: true })} />
      )}
      {customerId && (
        <div key={`${customerId}/${uploads}`} className="consumption">
          <SummarySections customerId={customerId} />
          <UsageSection customerId={customerId} today={today} />
          <AnomaliesSection customerId={customerId} />
          <BlockersSection customerId={customerId} />
        </div>
      )}
      {canWrite(roles, "consumption") && <UsageUpload onUploaded={() => setUploads((n) => n + 1)} />}
    </section>
  );
}
