import { useSearchParams } from "react-router-dom";
import { loadCustomerNames } from "../api/customers";
import type { Engagement } from "../api/types";
import { useLoad } from "../api/useLoad";
import { canWrite } from "../auth/roles";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { EngagementCard } from "./EngagementCard";
import { EarnedValueTable } from "./EarnedValueTable";
import { filtersFromSearch, groupingFromSearch, toSearch, viewFromSearch, type Grouping } from "./filters";
import { groupByHealth, groupByStage, type EngagementGroup } from "./grouping";
import { loadEngagements } from "./portfolioApi";
import { PlanByHorizon } from "./PlanByHorizon";
import { PortfolioFiltersBar } from "./PortfolioFiltersBar";
import { PortfolioViews } from "./PortfolioViews";

/**
 * "My portfolio": the engagements the caller sees, grouped by lifecycle stage or by health, with RAG reasons; or,
 * as other views of the same filtered list, their earned value and the plan by horizon.
 */
export function PortfolioPage() {
  const { api, roles } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const grouping = groupingFromSearch(search);
  const view = viewFromSearch(search);
  const [list, reload] = useLoad(() => loadEngagements(api, filters), JSON.stringify(filters));
  // Names are a convenience: when relationship is down the page still works, with ids.
  const [customers] = useLoad(() => loadCustomerNames(api), "customers");
  const names = customers.state === "ok" ? customers.data : new Map<string, string>();
  const canMove = canWrite(roles, "engagements");

  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">My portfolio</h1>
      <PortfolioFiltersBar
        filters={filters}
        grouping={grouping}
        customers={names}
        onChange={(next, nextGrouping) => setSearch(toSearch(next, nextGrouping, view), { replace: true })}
      />
      <PortfolioViews filters={filters} grouping={grouping} current={view} />
      {list.state === "loading" && <p role="status">Loading engagements…</p>}
      {list.state === "failed" && <ProblemBanner problem={list.problem} onReload={reload} />}
      {list.state === "ok" && (
        <>
          {list.data.truncated && <p role="status">Showing the first {list.data.engagements.length} engagements; narrow the filters to see the rest.</p>}
          {list.data.engagements.length === 0 ? (
            <p>No engagements match these filters.</p>
          ) : view === "earned-value" ? (
            <EarnedValueTable engagements={list.data.engagements} />
          ) : view === "plan" ? (
            <PlanByHorizon filters={filters} visible={list.data.truncated ? undefined : list.data.engagements} customers={names} />
          ) : (
            <Board engagements={list.data.engagements} grouping={grouping} names={names} canMove={canMove} onChanged={reload} />
          )}
        </>
      )}
    </section>
  );
}

interface BoardProps {
  engagements: Engagement[];
  grouping: Grouping;
  names: Map<string, string>;
  canMove: boolean;
  onChanged: () => void;
}

function Board({ engagements, grouping, names, canMove, onChanged }: BoardProps) {
  const groups: EngagementGroup<string>[] = grouping === "stage" ? groupByStage(engagements) : groupByHealth(engagements);
  return (
    <div className="board">
      {groups.map((group) => (
        <section key={group.key} className="column" aria-label={group.label}>
          <h2>
            {group.label} <span className="count">{group.engagements.length}</span>
          </h2>
          {grouping === "stage" && <HealthSummary counts={group.healthCounts} />}
          {group.engagements.map((engagement) => (
            <EngagementCard
              key={engagement.id}
              engagement={engagement}
              customerName={names.get(engagement.customerId ?? "")}
              canMove={canMove}
              onChanged={onChanged}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function HealthSummary({ counts }: { counts: EngagementGroup<string>["healthCounts"] }) {
  return (
    <p className="health-summary">
      <span className="health-red">{counts.red} red</span> · <span className="health-amber">{counts.amber} amber</span> ·{" "}
      <span className="health-green">{counts.green} green</span>
    </p>
  );
}
