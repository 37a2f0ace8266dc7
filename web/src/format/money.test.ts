import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("groups the whole part and keeps the currency's scale", () => {
    expect(formatMoney({ amount: "300000.00", currency: "USD" })).toBe("$300,000.00");
  });

  it("keeps every digit of an amount no double can hold", () => {
    // 999999999999999.99 as a number is 1e15: formatting through floating point would print $1,000,000,000,000,000.00
    expect(formatMoney({ amount: "999999999999999.99", currency: "USD" })).toBe("$999,999,999,999,999.99");
  });

  it("keeps extra fraction digits the amount has, and none the amount lacks", () => {
    expect(formatMoney({ amount: "0.1235", currency: "USD" })).toBe("$0.1235");
    expect(formatMoney({ amount: "1500", currency: "JPY" })).toBe("¥1,500");
  });

  it("writes negatives with the locale's sign, and no sign on zero", () => {
    expect(formatMoney({ amount: "-1250.50", currency: "USD" })).toBe("-$1,250.50");
    expect(formatMoney({ amount: "-0.00", currency: "USD" })).toBe("$0.00");
  });

  it("follows the locale's separators and symbol position", () => {
    expect(formatMoney({ amount: "-1234567.80", currency: "EUR" }, "de-DE")).toBe("-1.234.567,80\u00a0€");
  });

  it("shows an unknown currency or a malformed amount plainly instead of failing", () => {
    expect(formatMoney({ amount: "12.5", currency: "??" })).toBe("12.5 ??");
    expect(formatMoney({ amount: "1e5", currency: "USD" })).toBe("1e5 USD");
    expect(formatMoney(undefined)).toBe("—");
  });
});
