import type { Engagement } from "../api/types";
import { useSession } from "../auth/AuthProvider";
import { LineChart } from "../charts/LineChart";
import { formatMoney } from "../format/money";
import { loadEarnedValue } from "./engagementApi";
import type { Financials } from "./engagementTypes";
import { localToday } from "../format/dates";
import { formatIndex, sCurve } from "./sCurve";
import { SectionState } from "./SectionState";
import { useKeptLoad } from "./useKeptLoad";

/** Today's earned-value figures and the S-curve of PV, EV and AC from start to end (EV and AC up to today). */
export function EarnedValueSection({ engagement }: { engagement: Engagement }) {
  const { api } = useSession();
  const today = localToday();
  // Keyed on the plan's dates and budget: nothing else on this page changes the figures.
  const planKey = [engagement.startDate, engagement.endDate, engagement.budget?.amount].join("|");
  const load = useKeptLoad(() => loadEarnedValue(api, engagement, today), engagement.id ?? "", planKey);
  return (
    <section aria-labelledby="ev-title" className="card">
      <h2 id="ev-title">Earned value</h2>
      <SectionState load={load} what="the earned-value figures">
        {({ today: figures, curve }) => {
          const chart = sCurve(curve, today);
          return (
            <>
              <Figures figures={figures} />
              {chart.labels.length > 1 ? (
                <LineChart
                  title={`S-curve: planned value, earned value and actual cost (${chart.currency ?? ""})`}
                  labels={chart.labels}
                  series={chart.series}
                  yLabel={chart.currency}
                />
              ) : (
                <p>No S-curve: the engagement has no dates to plot.</p>
              )}
            </>
          );
        }}
      </SectionState>
    </section>
  );
}

function Figures({ figures: f }: { figures: Financials }) {
  const rows: [string, string][] = [
    ["Budget at completion (BAC)", formatMoney(f.bac)],
    ["Planned value (PV)", formatMoney(f.pv)],
    ["Earned value (EV)", formatMoney(f.ev)],
    ["Actual cost (AC)", formatMoney(f.ac)],
    ["Cost variance (CV)", formatMoney(f.cv)],
    ["Schedule variance (SV)", formatMoney(f.sv)],
    ["Cost performance index (CPI)", formatIndex(f.cpi)],
    ["Schedule performance index (SPI)", formatIndex(f.spi)],
    ["Estimate at completion (EAC)", formatMoney(f.eac)],
    ["Estimate to complete (ETC)", formatMoney(f.etc)],
    ["Variance at completion (VAC)", formatMoney(f.vac)],
    ["Complete", `${f.percentComplete ?? 0} % (planned ${f.plannedPercent ?? 0} %)`],
  ];
  return (
    <dl className="facts" aria-label={`Earned value as of ${f.asOf ?? "today"}`}>
      {rows.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
