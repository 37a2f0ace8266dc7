// Placeholder for the Billing page (issue 18); replaced by the page itself.
export function BillingPage() {
  return <h1>Billing</h1>;
}
