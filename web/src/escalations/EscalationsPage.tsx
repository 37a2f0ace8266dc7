// Placeholder for the Escalations page (issue 18); replaced by the page itself.
export function EscalationsPage() {
  return <h1>Escalations</h1>;
}
