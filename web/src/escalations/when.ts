const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A timestamp of the API in the reader's locale and zone; "—" when there is none. */
export function formatWhen(at: string | null | undefined): string {
  if (!at) return "—";
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? at : WHEN.format(instant);
}
