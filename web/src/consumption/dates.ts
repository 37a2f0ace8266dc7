// Calendar arithmetic on ISO dates ("2026-11-03") in UTC, the service's calendar: no time zone of the browser
// moves a day.

const DAY_MS = 86_400_000;

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(parse(day).getTime() + days * DAY_MS));
}

/** Days from a to b (b − a), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

/** "2026-11" of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastOfMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return toDay(new Date(Date.UTC(year, monthNumber, 0)));
}

export function addMonths(month: string, months: number): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return toDay(new Date(Date.UTC(year, monthNumber - 1 + months, 1))).slice(0, 7);
}

/** Every month from the month of `from` to the month of `to`, both included. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}
