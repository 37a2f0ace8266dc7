import { useId, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { loadCustomerNames } from "../api/customers";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { boardFiltersFromSearch, boardSearch, showsClosed } from "./boardFilters";
import { EscalationCard } from "./EscalationCard";
import { listEscalations, type Severity } from "./escalationApi";
import { groupByStatus, SEVERITY_LABELS, SEVERITY_ORDER, severityCounts } from "./lifecycle";
import { RaiseEscalationForm } from "./RaiseEscalationForm";
import { useNow } from "./useNow";

/** Escalations: a board with a column per status, worst severity first, and each one's SLA counting down. */
export function EscalationsPage() {
  const { api, roles } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = boardFiltersFromSearch(search);
  const [list, reload] = useLoad(() => listEscalations(api, filters), JSON.stringify(filters));
  // Names are a convenience: without relationship the board still works, with ids.
  const [customers] = useLoad(() => loadCustomerNames(api), "customers");
  const names = customers.state === "ok" ? customers.data : new Map<string, string>();
  const now = useNow();
  const [raising, setRaising] = useState(false);
  const severityId = useId();

  return (
    <section aria-labelledby="escalations-title">
      <h1 id="escalations-title">Escalations</h1>
      <div className="filters">
        <label htmlFor={severityId}>
          Severity
          <select
            id={severityId}
            value={filters.severity ?? ""}
            onChange={(e) => setSearch(boardSearch((e.target.value || undefined) as Severity | undefined, showsClosed(filters)), { replace: true })}
          >
            <option value="">All severities</option>
            {SEVERITY_ORDER.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_LABELS[severity]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={showsClosed(filters)}
            onChange={(e) => setSearch(boardSearch(filters.severity, e.target.checked), { replace: true })}
          />
          Show closed
        </label>
        {canWrite(roles, "escalations") && (
          <button type="button" aria-expanded={raising} onClick={() => setRaising(!raising)}>
            {raising ? "Cancel new escalation" : "New escalation"}
          </button>
        )}
      </div>
      {raising && <RaiseEscalationForm customers={names} />}
      {list.state === "loading" && <p role="status">Loading escalations…</p>}
      {list.state === "failed" && <ProblemBanner problem={list.problem} onReload={reload} />}
      {list.state === "ok" && (
        <>
          {list.data.truncated && <p role="status">Showing the first {list.data.items.length} escalations; narrow the filters to see the rest.</p>}
          <div className="board">
            {groupByStatus(list.data.items, filters.statuses).map((column) => (
              <section key={column.status} className="column" aria-labelledby={`column-${column.status}`}>
                <h2 id={`column-${column.status}`}>
                  {column.label} <span className="count">{column.escalations.length}</span>
                </h2>
                <p className="health-summary">
                  {severityCounts(column.escalations)
                    .map(({ severity, count }) => `${count} ${SEVERITY_LABELS[severity].toLowerCase()}`)
                    .join(" · ") || "None"}
                </p>
                {column.escalations.map((escalation) => (
                  <EscalationCard key={escalation.id} escalation={escalation} customerName={names.get(escalation.customerId ?? "")} now={now} />
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
