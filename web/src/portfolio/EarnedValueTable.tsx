import { useState } from "react";
import type { Engagement } from "../api/types";
import { useSession } from "../auth/AuthProvider";
import { HealthBadge } from "../layout/badges";
import { EV_BATCH, earnedValueFigures, type IndexFigure } from "./earnedValue";
import { byAttention } from "./grouping";
import { useFinancials } from "./useFinancials";

/**
 * PV, EV, AC, CPI and SPI per engagement, worst health first. The list has no financials, so they are read per
 * engagement, EV_BATCH at a time: a portfolio of fifty does not cost fifty calls before anyone asked.
 */
export function EarnedValueTable({ engagements }: { engagements: readonly Engagement[] }) {
  const { api } = useSession();
  const [shown, setShown] = useState(EV_BATCH);
  const rows = [...engagements].sort(byAttention).slice(0, shown);
  const [loads, retry] = useFinancials(api, rows.map((e) => e.id ?? ""));
  const left = engagements.length - rows.length;

  return (
    <section aria-labelledby="ev-title">
      <h2 id="ev-title">Earned value</h2>
      <table>
        <caption>Earned value as of today, worst health first ({rows.length} of {engagements.length})</caption>
        <thead>
          <tr>
            <th scope="col">Engagement</th>
            <th scope="col">Health</th>
            <th scope="col">PV (planned)</th>
            <th scope="col">EV (earned)</th>
            <th scope="col">AC (actual cost)</th>
            <th scope="col">CPI</th>
            <th scope="col">SPI</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((engagement) => {
            const load = loads.get(engagement.id ?? "");
            return (
              <tr key={engagement.id}>
                <th scope="row">{engagement.name}</th>
                <td>
                  <HealthBadge health={engagement.health} />
                </td>
                {load?.state === "ok" ? (
                  <FigureCells figures={earnedValueFigures(load.data)} />
                ) : load?.state === "failed" ? (
                  <td colSpan={5}>
                    {load.problem.message}{" "}
                    <button type="button" onClick={() => retry(engagement.id ?? "")}>
                      Retry {engagement.name}
                    </button>
                  </td>
                ) : (
                  <td colSpan={5}>Loading…</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {left > 0 && (
        <button type="button" onClick={() => setShown((n) => n + EV_BATCH)}>
          Show earned value for {Math.min(left, EV_BATCH)} more
        </button>
      )}
    </section>
  );
}

function FigureCells({ figures }: { figures: ReturnType<typeof earnedValueFigures> }) {
  return (
    <>
      <td>{figures.pv}</td>
      <td>{figures.ev}</td>
      <td>{figures.ac}</td>
      <IndexCell figure={figures.cpi} />
      <IndexCell figure={figures.spi} />
    </>
  );
}

/** The number and its band in words (the badge), so the band does not rest on colour. */
function IndexCell({ figure }: { figure: IndexFigure }) {
  return (
    <td>
      {figure.text}
      {figure.rag !== "unknown" && <HealthBadge health={figure.rag} />}
    </td>
  );
}
