import { Link } from "react-router-dom";
import { localToday } from "../format/dates";
import { describeDue, inDueOrder, kindLabel, type DueItem } from "./cadence";

/** What is due on the executive cadence: overdue items first, each with its account and, for a steering committee, its engagement. */
export function DueList({ items, today = localToday(), showAccount = true }: { items: readonly DueItem[]; today?: string; showAccount?: boolean }) {
  if (items.length === 0) {
    return <p>Nothing is due.</p>;
  }
  return (
    <table>
      <caption>Cadence items, overdue first</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          {showAccount && <th scope="col">Account</th>}
          <th scope="col">Last held</th>
          <th scope="col">Next due</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {inDueOrder(items).map((item) => (
          <tr key={`${item.customerId}-${item.kind}-${item.engagementId ?? ""}`}>
            <th scope="row">
              {kindLabel(item)}
              {item.engagementId && (
                <>
                  {" "}
                  (<Link to={`/engagements/${item.engagementId}`}>engagement</Link>)
                </>
              )}
            </th>
            {showAccount && <td>{item.customerId ? <Link to={`/accounts/${item.customerId}`}>{item.customerName ?? item.customerId}</Link> : "—"}</td>}
            <td>{item.lastHeld ?? "never"}</td>
            <td>{item.nextDue ?? "—"}</td>
            <td>{item.overdue ? <strong className="badge health-red">{describeDue(item, today)}</strong> : describeDue(item, today)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
