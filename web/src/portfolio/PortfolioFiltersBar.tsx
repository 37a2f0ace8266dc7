import type { Health, Stage } from "../api/types";
import type { Grouping, PortfolioFilters } from "./filters";
import { HEALTH_LABELS, HEALTHS, STAGE_LABELS, STAGES } from "./grouping";

interface Props {
  filters: PortfolioFilters;
  grouping: Grouping;
  customers: Map<string, string>;
  onChange: (filters: PortfolioFilters, grouping: Grouping) => void;
}

export function PortfolioFiltersBar({ filters, grouping, customers, onChange }: Props) {
  const set = (patch: Partial<PortfolioFilters>) => onChange({ ...filters, ...patch }, grouping);
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Stage
        <select value={filters.stage ?? ""} onChange={(e) => set({ stage: (e.target.value || undefined) as Stage | undefined })}>
          <option value="">All</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Health
        <select value={filters.health ?? ""} onChange={(e) => set({ health: (e.target.value || undefined) as Health | undefined })}>
          <option value="">All</option>
          {HEALTHS.map((health) => (
            <option key={health} value={health}>
              {HEALTH_LABELS[health]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Customer
        <select value={filters.customerId ?? ""} onChange={(e) => set({ customerId: e.target.value || undefined })}>
          <option value="">All</option>
          {[...customers].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Delivery manager
        <input
          value={filters.deliveryManager ?? ""}
          placeholder="username"
          onChange={(e) => set({ deliveryManager: e.target.value || undefined })}
        />
      </label>
      <fieldset className="grouping">
        <legend>Group by</legend>
        {(["stage", "health"] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="grouping" checked={grouping === option} onChange={() => onChange(filters, option)} />
            {option === "stage" ? "Stage" : "Health"}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
