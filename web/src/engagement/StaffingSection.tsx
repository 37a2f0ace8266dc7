import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { ColumnHeads } from "./ColumnHeads";
import type { ResourceRequest, StaffingCost } from "./engagementTypes";
import { SectionState, Truncated } from "./SectionState";
import { localToday } from "../format/dates";
import { describeDemand, isUnfilledSoon, REQUEST_STATUS_LABELS } from "./staffing";
import { loadResourceRequests, loadStaffingCost } from "./staffingApi";
import { useKeptLoad } from "./useKeptLoad";

interface Props {
  engagementId: string;
  revision: number;
  /** ISO date the "unfilled" call-out counts from; today unless a test fixes it. */
  today?: string;
}

/** The engagement's resource requests and what the staffing plan costs against the budget (read-only). */
export function StaffingSection({ engagementId, revision, today = localToday() }: Props) {
  const { api } = useSession();
  const requests = useKeptLoad(() => loadResourceRequests(api, engagementId), engagementId, revision);
  const cost = useKeptLoad(() => loadStaffingCost(api, engagementId), engagementId, revision);
  return (
    <section aria-labelledby="staffing-title" className="card">
      <h2 id="staffing-title">Staffing</h2>
      <SectionState load={cost} what="the staffing cost">
        {(data) => <CostSummary cost={data} />}
      </SectionState>
      <SectionState load={requests} what="the resource requests">
        {({ items, truncated }) =>
          items.length === 0 ? (
            <p>No resource requested yet.</p>
          ) : (
            <>
              <table>
                <ColumnHeads names={["Role", "Demand", "From", "To", "Status"]} />
                <tbody>
                  {items.map((request) => (
                    <RequestRow key={request.id} request={request} today={today} />
                  ))}
                </tbody>
              </table>
              <Truncated truncated={truncated} />
            </>
          )
        }
      </SectionState>
    </section>
  );
}

function RequestRow({ request, today }: { request: ResourceRequest; today: string }) {
  const unfilled = isUnfilledSoon(request, today);
  return (
    <tr>
      <th scope="row">{request.role}</th>
      <td>{describeDemand(request)}</td>
      <td>{request.startDate}</td>
      <td>{request.endDate}</td>
      <td>
        {request.status ? REQUEST_STATUS_LABELS[request.status] : "—"}
        {/* Said in words, not only styled: the call-out must survive without colour. */}
        {unfilled && <strong className="badge health-red"> Unfilled, starts soon</strong>}
      </td>
    </tr>
  );
}

function CostSummary({ cost }: { cost: StaffingCost }) {
  return (
    <p>
      Plan cost <strong>{formatMoney(cost.planCost)}</strong> of a budget of {formatMoney(cost.budget)}
      {cost.percentOfBudget != null && ` (${cost.percentOfBudget}%)`};{" "}
      {cost.overBudget ? (
        <strong>over budget by {formatMoney(negate(cost.remaining))}</strong>
      ) : (
        <>{formatMoney(cost.remaining)} remaining</>
      )}
      .
    </p>
  );
}

/** The overrun as a positive amount, by the string, so no amount goes through Number. */
function negate(money: StaffingCost["remaining"]): StaffingCost["remaining"] {
  if (!money?.amount) return money;
  const amount = money.amount.startsWith("-") ? money.amount.slice(1) : money.amount;
  return { ...money, amount };
}
