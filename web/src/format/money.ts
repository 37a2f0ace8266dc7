import type { Money } from "../api/types";

// The API writes amounts as decimal strings in the currency's scale. A JavaScript number cannot hold every such
// amount (999999999999999.99 is not a double), so the digits are never parsed as one: only the currency's symbol
// and the locale's grouping and separators come from Intl, the digits come from the string.

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

export function formatMoney(money: Money | null | undefined, locale = "en-US"): string {
  if (!money) {
    return "—";
  }
  const match = AMOUNT.exec(money.amount);
  if (!match) {
    return `${money.amount} ${money.currency}`;
  }
  const [, minus, whole, fraction = ""] = match;
  const negative = minus === "-" && /[1-9]/.test(whole + fraction);
  const digits = groupDigits(whole, locale) + (fraction ? decimalSeparator(locale) + fraction : "");
  let pattern: Intl.NumberFormatPart[];
  try {
    pattern = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).formatToParts(
      negative ? -1 : 1,
    );
  } catch {
    // An unknown currency code: show it plainly rather than fail the page.
    return `${negative ? "-" : ""}${digits} ${money.currency}`;
  }
  return pattern
    .map((part) => {
      if (part.type === "integer") return digits;
      if (part.type === "decimal" || part.type === "fraction" || part.type === "group") return "";
      return part.value;
    })
    .join("");
}

function groupDigits(whole: string, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(whole));
}

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
}
