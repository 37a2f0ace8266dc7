import { describe, expect, it } from "vitest";
import { contract, invoice } from "./billingFixtures";
import type { ContractStatus } from "./billingTypes";
import { BURN_LABELS, burnBarWidth, burnLevel } from "./burn";
import { blockedMove, canCredit, checklistOpen, contractMove, invoiceMoves } from "./lifecycle";

describe("contract lifecycle", () => {
  it("offers the one next move of each status, none from final ones or pending (that is the approvers')", () => {
    const next = (status: ContractStatus) =>
      contractMove(contract({ status, complianceComplete: true }))?.to;
    expect(next("draft")).toBe("pending-approval");
    expect(next("pending-approval")).toBeUndefined();
    expect(next("approved")).toBe("signed");
    expect(next("signed")).toBe("active");
    expect(next("active")).toBe("closed");
    expect(next("rejected")).toBeUndefined();
    expect(next("closed")).toBeUndefined();
  });

  it("does not offer Sign before the checklist is complete, and says why", () => {
    const approved = contract({ status: "approved", complianceComplete: false });
    expect(contractMove(approved)).toBeUndefined();
    expect(blockedMove(approved)).toMatch(/checklist is complete/);
  });

  it("does not offer Submit for a currency without an approval threshold", () => {
    const draft = contract({ status: "draft", currency: "JPY", requiredApprovals: undefined });
    expect(contractMove(draft)).toBeUndefined();
    expect(blockedMove(draft)).toMatch(/JPY/);
  });

  it("keeps the checklist open until signature, closed on a rejected deal", () => {
    expect(["draft", "pending-approval", "approved"].every((s) => checklistOpen(s as ContractStatus))).toBe(true);
    expect(["signed", "active", "closed", "rejected"].some((s) => checklistOpen(s as ContractStatus))).toBe(false);
  });
});

describe("invoice actions", () => {
  it("offers only the moves of the invoice's state", () => {
    expect(invoiceMoves(invoice({ status: "draft" }))).toEqual(["issued", "void"]);
    expect(invoiceMoves(invoice({ status: "issued" }))).toEqual(["paid", "void"]);
    expect(invoiceMoves(invoice({ status: "overdue" }))).toEqual(["paid", "void"]);
    expect(invoiceMoves(invoice({ status: "paid" }))).toEqual([]);
    expect(invoiceMoves(invoice({ status: "void" }))).toEqual([]);
  });

  it("does not offer Void on a credited invoice", () => {
    const credited = invoice({ credited: { amount: "1000.00", currency: "USD" }, openAmount: { amount: "47000.00", currency: "USD" } });
    expect(invoiceMoves(credited)).toEqual(["paid"]);
  });

  it("offers a credit note only on an issued or overdue invoice with an open amount", () => {
    expect(canCredit(invoice())).toBe(true);
    expect(canCredit(invoice({ status: "overdue" }))).toBe(true);
    expect(canCredit(invoice({ openAmount: { amount: "0.00", currency: "USD" } }))).toBe(false);
    expect(canCredit(invoice({ status: "draft", openAmount: { amount: "0.00", currency: "USD" } }))).toBe(false);
    expect(canCredit(invoice({ status: "paid" }))).toBe(false);
  });
});

describe("budget burn", () => {
  it("names the level at billing's alert thresholds and caps the bar", () => {
    expect([79.99, 80, 99.99, 100, 103.2].map(burnLevel)).toEqual(["within", "warning", "warning", "over", "over"]);
    expect(BURN_LABELS[burnLevel(null)]).toBe("no comparable cost");
    expect(burnBarWidth(103.2)).toBe(100);
    expect(burnBarWidth(42.5)).toBe(42.5);
  });
});
