import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { LoadedList } from "./LoadedList";
import { loadBlockers } from "./consumptionApi";

const STATUS_LABELS: Record<string, string> = { open: "Open", "in-progress": "In progress", resolved: "Resolved" };

/** What stands between the customer and its consumption goals, with who works on it. */
export function BlockersSection({ customerId }: { customerId: string }) {
  const { api } = useSession();
  const [blockers, reload] = useLoad(() => loadBlockers(api, customerId), customerId);

  return (
    <section aria-labelledby="consumption-blockers-title">
      <h2 id="consumption-blockers-title">Blockers</h2>
      <LoadedList list={blockers} reload={reload} what="blockers" empty="No blockers recorded.">
        {(page) => (
          <table>
            <caption>Blockers{page.hasMore ? ` (the first ${page.items.length})` : ""}</caption>
            <thead>
              <tr>
                <th scope="col">Description</th>
                <th scope="col">Category</th>
                <th scope="col">Owner</th>
                <th scope="col">Status</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((blocker) => (
                <tr key={blocker.id}>
                  <td>{blocker.description}</td>
                  <td>{blocker.category}</td>
                  <td>{blocker.owner}</td>
                  <td>{STATUS_LABELS[blocker.status ?? ""] ?? blocker.status}</td>
                  <td>{blocker.createdAt?.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadedList>
    </section>
  );
}
