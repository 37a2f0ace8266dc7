import type { ContractPage, EscalationPage, InvoicePage } from "../api/types";
import { formatMoney } from "../format/money";

export function EscalationsBody({ data }: { data: unknown }) {
  const items = (data as EscalationPage).items ?? [];
  if (items.length === 0) return <p>No escalations that are not closed.</p>;
  return (
    <ul className="rows">
      {items.map((e) => (
        <li key={e.id}>
          <span className={`badge severity-${e.severity}`}>{e.severity}</span> <strong>{e.title}</strong> · {e.status} ·{" "}
          {e.level}
          {e.slaBreached && <span className="badge health-red">SLA breached</span>}
        </li>
      ))}
    </ul>
  );
}

export function ContractsBody({ data }: { data: unknown }) {
  const items = (data as ContractPage).items ?? [];
  if (items.length === 0) return <p>No contracts.</p>;
  return (
    <ul className="rows">
      {items.map((c) => (
        <li key={c.id}>
          <strong>{c.title}</strong> · {c.status} · {formatMoney(c.total)}
        </li>
      ))}
    </ul>
  );
}

export function InvoicesBody({ data }: { data: unknown }) {
  const items = (data as InvoicePage).items ?? [];
  if (items.length === 0) return <p>No issued or overdue invoices.</p>;
  return (
    <ul className="rows">
      {items.map((i) => (
        <li key={i.id}>
          <strong>{i.number ?? "draft"}</strong> · {i.status} · open {formatMoney(i.openAmount)}
          {i.dueDate && <> · due {i.dueDate}</>}
        </li>
      ))}
    </ul>
  );
}
