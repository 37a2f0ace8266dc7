import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { CommitmentBurnDown } from "./CommitmentBurnDown";
import { loadSummary } from "./consumptionApi";
import { MonthOutlookSection } from "./MonthOutlookSection";

/** The customer's summary (one read) drawn as two sections: this month, and the burn-down of each open commitment. */
export function SummarySections({ customerId }: { customerId: string }) {
  const { api } = useSession();
  const [summary, reload] = useLoad(() => loadSummary(api, customerId), customerId);

  if (summary.state === "loading") return <p role="status">Loading the consumption summary…</p>;
  if (summary.state === "failed") return <ProblemBanner problem={summary.problem} onReload={reload} />;
  const commitments = summary.data.commitments ?? [];
  return (
    <>
      <MonthOutlookSection month={summary.data.month} />
      <section aria-labelledby="consumption-commitments-title">
        <h2 id="consumption-commitments-title">Commitment burn-down</h2>
        {commitments.length === 0 ? (
          <p>No commitment is running for this customer.</p>
        ) : (
          commitments.map((commitment) => (
            <CommitmentBurnDown key={commitment.commitmentId} commitment={commitment} asOf={summary.data.asOf ?? ""} />
          ))
        )}
      </section>
    </>
  );
}
