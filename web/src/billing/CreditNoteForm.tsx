import { useId, useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { creditInvoice } from "./billingApi";
import type { Invoice } from "./billingTypes";

/**
 * A credit note on an issued or overdue invoice, at most its open amount (the API checks: 422
 * `credit-exceeds-open-amount`). The amount is sent as typed, a decimal string in the invoice's currency.
 */
export function CreditNoteForm({ invoice, name, onCredited }: { invoice: Invoice; name: string; onCredited: () => void }) {
  const { api } = useSession();
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const action = useAction();
  const id = useId();
  const currency = invoice.openAmount?.currency ?? invoice.total?.currency ?? "";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const money = { amount: amount.trim(), currency };
    if (await action.run(() => creditInvoice(api, invoice, money, reason))) onCredited();
  }

  return (
    <form aria-label={`Credit note on ${name}`} className="credit-note" onSubmit={submit}>
      <label htmlFor={`${id}-amount`}>
        Credit amount ({currency}, at most {formatMoney(invoice.openAmount)})
      </label>
      <input id={`${id}-amount`} inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} />
      <FieldErrors problem={action.problem} field="amount" />
      <FieldErrors problem={action.problem} field="amount.amount" />
      <label htmlFor={`${id}-reason`}>Reason</label>
      <input id={`${id}-reason`} required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <FieldErrors problem={action.problem} field="reason" />
      <button type="submit" disabled={action.busy}>
        Issue credit note
      </button>
      {action.problem && <ProblemBanner problem={action.problem} onReload={onCredited} />}
    </form>
  );
}
