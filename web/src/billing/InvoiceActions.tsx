import { useState } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { moveInvoice } from "./billingApi";
import type { Invoice } from "./billingTypes";
import { CreditNoteForm } from "./CreditNoteForm";
import { canCredit, INVOICE_MOVE_LABELS, invoiceMoves } from "./lifecycle";

// Each button's name adds the invoice to its visible word ("Issue INV-2026-000042"), so rows are told apart by ear
// and by a browser test; the name starts with the visible text, as speech input expects.

/** The moves the invoice's state allows (issue, mark paid, void) and a credit note where one can be issued. */
export function InvoiceActions({ invoice, name, onChanged }: { invoice: Invoice; name: string; onChanged: () => void }) {
  const { api } = useSession();
  const action = useAction();
  const [crediting, setCrediting] = useState(false);
  const moves = invoiceMoves(invoice);
  const creditable = canCredit(invoice);
  if (moves.length === 0 && !creditable) return <span>—</span>;

  return (
    <div className="invoice-actions">
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          aria-label={`${INVOICE_MOVE_LABELS[to]} ${name}`}
          disabled={action.busy}
          onClick={async () => {
            if (await action.run(() => moveInvoice(api, invoice, to))) onChanged();
          }}
        >
          {INVOICE_MOVE_LABELS[to]}
        </button>
      ))}
      {creditable && (
        <button
          type="button"
          aria-label={`Credit note on ${name}`}
          aria-expanded={crediting}
          onClick={() => setCrediting(!crediting)}
        >
          Credit note
        </button>
      )}
      {crediting && <CreditNoteForm invoice={invoice} name={name} onCredited={onChanged} />}
      {action.problem && <ProblemBanner problem={action.problem} onReload={onChanged} />}
    </div>
  );
}
