import { Link } from "react-router-dom";
import { unwrap } from "../api/client";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { RegisterCustomerForm } from "./RegisterCustomerForm";

/** Picks the customer for Account 360 among those whose account team the caller is on. */
export function AccountsPage() {
  const { api, roles } = useSession();
  const [customers, reload] = useLoad(async () => unwrap(await api.GET("/api/customers", { params: { query: { limit: 200 } } })), "all");

  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">Account 360</h1>
      {customers.state === "loading" && <p role="status">Loading customers…</p>}
      {customers.state === "failed" && <ProblemBanner problem={customers.problem} onReload={reload} />}
      {customers.state === "ok" &&
        ((customers.data.items ?? []).length === 0 ? (
          <p>You are not on any customer's account team yet.</p>
        ) : (
          <ul className="rows">
            {(customers.data.items ?? []).map((customer) => (
              <li key={customer.id}>
                <Link to={`/accounts/${customer.id}`}>{customer.name}</Link> · {customer.segment} {customer.tier && `· ${customer.tier}`}
              </li>
            ))}
          </ul>
        ))}
      {canWrite(roles, "customers") && <RegisterCustomerForm />}
    </section>
  );
}
