import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { formatMoney } from "../format/money";
import { ProblemBanner } from "../layout/ProblemBanner";
import { loadInvoices } from "./billingApi";
import type { Invoice } from "./billingTypes";
import { InvoiceActions } from "./InvoiceActions";
import { InvoiceStatusBadge } from "./StatusBadge";

/** The contract's invoices with their amounts; writers get the moves each invoice's state allows. */
export function InvoicesSection({ contractId }: { contractId: string }) {
  const { api, roles } = useSession();
  const writer = canWrite(roles, "contracts");
  const [invoices, reload] = useLoad(() => loadInvoices(api, contractId), contractId);

  return (
    <section aria-labelledby="invoices-title">
      <h2 id="invoices-title">Invoices</h2>
      {invoices.state === "loading" && <p role="status">Loading invoices…</p>}
      {invoices.state === "failed" && <ProblemBanner problem={invoices.problem} onReload={reload} />}
      {invoices.state === "ok" && invoices.data.length === 0 && <p>No invoices yet.</p>}
      {invoices.state === "ok" && invoices.data.length > 0 && (
        <table>
          <caption className="visually-hidden">Invoices</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Status</th>
              <th scope="col">Invoice date</th>
              <th scope="col">Due</th>
              <th scope="col">Total</th>
              <th scope="col">Credited</th>
              <th scope="col">Open</th>
              {writer && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {invoices.data.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row">{invoiceName(invoice)}</th>
                <td>
                  <InvoiceStatusBadge status={invoice.status} />
                </td>
                <td>{invoice.invoiceDate ?? "—"}</td>
                <td>{invoice.dueDate ?? "—"}</td>
                <td>{formatMoney(invoice.total)}</td>
                <td>{formatMoney(invoice.credited)}</td>
                <td>{formatMoney(invoice.openAmount)}</td>
                {writer && (
                  <td>
                    <InvoiceActions invoice={invoice} name={invoiceName(invoice)} onChanged={reload} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The number once issued; a draft has none yet, so its description names it. */
export function invoiceName(invoice: Invoice): string {
  return invoice.number ?? `Draft: ${invoice.description ?? invoice.source ?? "invoice"}`;
}
