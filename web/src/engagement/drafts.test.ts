import { describe, expect, it } from "vitest";
import { EMPTY_ACTION, EMPTY_DECISION, EMPTY_RAID, lines, raidRequest, statusReportRequest, steeringRequest } from "./drafts";

describe("raidRequest", () => {
  it("sends probability and impact as numbers for a risk", () => {
    expect(raidRequest({ ...EMPTY_RAID, type: "risk", title: " Vendor late ", owner: "dan", probability: "4", impact: "3" })).toEqual({
      type: "risk",
      title: "Vendor late",
      owner: "dan",
      probability: 4,
      impact: 3,
    });
  });

  it("leaves blanks out, and a rating out of anything but a risk", () => {
    expect(
      raidRequest({ ...EMPTY_RAID, type: "action", title: "Send plan", owner: "dan", dueDate: "2026-07-01", probability: "5", category: " " }),
    ).toEqual({ type: "action", title: "Send plan", owner: "dan", dueDate: "2026-07-01" });
  });
});

describe("statusReportRequest", () => {
  it("sends no override unless asked, whatever the override fields hold", () => {
    expect(statusReportRequest({ summary: "On track", override: false, rag: "red", reason: "x" })).toEqual({ summary: "On track" });
  });

  it("sends the override with its reason", () => {
    expect(statusReportRequest({ summary: " ", override: true, rag: "amber", reason: " Vendor committed " })).toEqual({
      override: { rag: "amber", reason: "Vendor committed" },
    });
  });
});

describe("steeringRequest", () => {
  it("reads attendees and agenda one per line, blank lines dropped", () => {
    expect(lines("Jane Doe (CIO)\n\n  ada.exec \n")).toEqual(["Jane Doe (CIO)", "ada.exec"]);
  });

  it("drops empty decision and action rows and keeps an effect only with the entries it settles", () => {
    const body = steeringRequest({
      date: "2026-10-05",
      attendees: "Jane\nada.exec",
      agenda: "",
      decisions: [
        { ...EMPTY_DECISION, text: "Close the vendor risk", effect: "close", raidItemIds: ["r1"] },
        { ...EMPTY_DECISION, text: "Note only", effect: "update", raidItemIds: [] },
        EMPTY_DECISION,
      ],
      actions: [{ title: "Send plan", owner: "dan", dueDate: "2026-10-20" }, EMPTY_ACTION],
    });
    expect(body).toEqual({
      date: "2026-10-05",
      attendees: ["Jane", "ada.exec"],
      decisions: [{ text: "Close the vendor risk", effect: "close", raidItemIds: ["r1"] }, { text: "Note only" }],
      actions: [{ title: "Send plan", owner: "dan", dueDate: "2026-10-20" }],
    });
  });

  it("sends the new status and due date of an update decision", () => {
    const body = steeringRequest({
      date: "2026-10-05",
      attendees: "Jane",
      agenda: "Vendor",
      decisions: [{ text: "Re-plan", effect: "update", raidItemIds: ["r1", "r2"], status: "in-progress", dueDate: "2026-11-30" }],
      actions: [],
    });
    expect(body.agenda).toEqual(["Vendor"]);
    expect(body.decisions).toEqual([
      { text: "Re-plan", effect: "update", raidItemIds: ["r1", "r2"], status: "in-progress", dueDate: "2026-11-30" },
    ]);
  });
});
