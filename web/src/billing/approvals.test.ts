import { describe, expect, it } from "vitest";
import { approvalInbox, awaitsApprovalFrom, missingApprovals } from "./approvals";
import { contract } from "./billingFixtures";

const approval = (approver: string, role: "finance" | "executive") => ({
  round: 1,
  approver,
  role,
  decision: "approved" as const,
  decidedAt: "2026-03-03T10:00:00Z",
});

describe("approval inbox", () => {
  it("holds a pending deal that needs a role the user has, submitted by someone else", () => {
    expect(awaitsApprovalFrom(contract(), "fiona.finance", ["finance"])).toBe(true);
  });

  it("never holds the submitter's own deal (separation of duties)", () => {
    expect(awaitsApprovalFrom(contract({ submittedBy: "fiona.finance" }), "fiona.finance", ["finance"])).toBe(false);
  });

  it("drops a deal once the user approved it, even while it waits for another role", () => {
    const waiting = contract({ requiredApprovals: ["finance", "executive"], approvals: [approval("ada.exec", "executive")] });
    expect(awaitsApprovalFrom(waiting, "ada.exec", ["executive", "finance"])).toBe(false);
    expect(awaitsApprovalFrom(waiting, "fiona.finance", ["finance"])).toBe(true);
  });

  it("drops a deal whose missing roles the user does not hold", () => {
    const financeDone = contract({ requiredApprovals: ["finance", "executive"], approvals: [approval("fiona.finance", "finance")] });
    expect(missingApprovals(financeDone)).toEqual(["executive"]);
    expect(awaitsApprovalFrom(financeDone, "frank.finance", ["finance"])).toBe(false);
    expect(awaitsApprovalFrom(financeDone, "ada.exec", ["executive"])).toBe(true);
  });

  it("holds nothing for admins, viewers and delivery managers, nor contracts past approval", () => {
    expect(awaitsApprovalFrom(contract(), "alice.admin", ["admin"])).toBe(false);
    expect(awaitsApprovalFrom(contract(), "victor.viewer", ["viewer"])).toBe(false);
    expect(awaitsApprovalFrom(contract({ status: "approved" }), "fiona.finance", ["finance"])).toBe(false);
    expect(awaitsApprovalFrom(contract({ status: "draft" }), "fiona.finance", ["finance"])).toBe(false);
  });

  it("lists what waits on the user, longest waiting first", () => {
    const inbox = approvalInbox(
      [
        contract({ id: "new", submittedAt: "2026-03-05T09:00:00Z" }),
        contract({ id: "mine", submittedBy: "fiona.finance" }),
        contract({ id: "old", submittedAt: "2026-03-01T09:00:00Z" }),
      ],
      "fiona.finance",
      ["finance"],
    );
    expect(inbox.map((c) => c.id)).toEqual(["old", "new"]);
  });
});
