// Placeholder for the Consumption page (issue 18); replaced by the page itself.
export function ConsumptionPage() {
  return <h1>Consumption</h1>;
}
