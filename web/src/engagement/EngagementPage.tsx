// Placeholder for the Engagement page (issue 18); replaced by the page itself.
export function EngagementPage() {
  return <h1>Engagement</h1>;
}
