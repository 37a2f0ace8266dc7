import { Link } from "react-router-dom";
import { toSearch, type Grouping, type PortfolioFilters, type PortfolioView } from "./filters";

const VIEW_LABELS: Record<PortfolioView, string> = {
  board: "Board",
  "earned-value": "Earned value",
  plan: "Plan by horizon",
};

interface Props {
  filters: PortfolioFilters;
  grouping: Grouping;
  current: PortfolioView;
}

/** Links between the page's views, keeping the filters: a view is an address, and only the open one reads its data. */
export function PortfolioViews({ filters, grouping, current }: Props) {
  return (
    <nav aria-label="Portfolio views" className="views">
      {(Object.keys(VIEW_LABELS) as PortfolioView[]).map((view) => {
        const search = toSearch(filters, grouping, view).toString();
        return (
          <Link key={view} to={search ? `?${search}` : "?"} aria-current={view === current ? "page" : undefined}>
            {VIEW_LABELS[view]}
          </Link>
        );
      })}
    </nav>
  );
}
