/** Today as an ISO date (yyyy-MM-dd) in the local calendar: what "due", "overdue" and "within 14 days" mean to the reader. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
