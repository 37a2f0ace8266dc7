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
      <ChoiceFilter label="Stage" value={filters.stage} choices={STAGES} labels={STAGE_LABELS} onChange={(stage) => set({ stage })} />
      <ChoiceFilter label="Health" value={filters.health} choices={HEALTHS} labels={HEALTH_LABELS} onChange={(health) => set({ health })} />
      <ChoiceFilter
        label="Customer"
        value={filters.customerId}
        choices={[...customers.keys()]}
        labels={Object.fromEntries(customers)}
        onChange={(customerId) => set({ customerId })}
      />
      <label>
        Delivery manager
        {/* Applied on Enter or when leaving the field, not per keystroke: each change is a call to the API. */}
        <input
          key={filters.deliveryManager ?? ""}
          defaultValue={filters.deliveryManager ?? ""}
          placeholder="username"
          onBlur={(e) => set({ deliveryManager: e.target.value.trim() || undefined })}
          onKeyDown={(e) => e.key === "Enter" && set({ deliveryManager: e.currentTarget.value.trim() || undefined })}
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

interface ChoiceFilterProps<T extends string> {
  label: string;
  value: T | undefined;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T | undefined) => void;
}

/** A select of one filter, with "All" for no filter. */
export function ChoiceFilter<T extends string>({ label, value, choices, labels, onChange }: ChoiceFilterProps<T>) {
  return (
    <label>
      {label}
      <select value={value ?? ""} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}>
        <option value="">All</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
