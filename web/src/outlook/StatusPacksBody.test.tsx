import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { StatusPacksBody } from "./StatusPacksBody";

const packs = [
  { id: "p2", asOf: "2026-12-01", trigger: "cadence", cadenceKind: "qbr", cadenceDue: "2026-12-05", sizeBytes: 48_640 },
  { id: "p1", asOf: "2026-11-02", trigger: "on-demand", generatedBy: "ada.exec", engagementId: "e1", sizeBytes: 900 },
];

describe("the status packs of an account", () => {
  it("downloads the pack as of the chosen date and lists kept packs with why they exist", async () => {
    const current = vi.fn(async () => undefined);
    const kept = vi.fn(async () => undefined);
    render(<StatusPacksBody packs={packs} today="2026-12-04" onDownloadCurrent={current} onDownloadKept={kept} />);
    fireEvent.change(screen.getByLabelText("As of"), { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Download the status pack (PDF)" }));
    await waitFor(() => expect(current).toHaveBeenCalledWith("2026-11-30"));
    expect(screen.getByRole("row", { name: /2026-12-01/ }).textContent).toContain("For the quarterly business review due 2026-12-05");
    expect(screen.getByRole("row", { name: /2026-11-02/ }).textContent).toContain("Engagement");
    fireEvent.click(screen.getByRole("button", { name: "Download the pack as of 2026-11-02" }));
    await waitFor(() => expect(kept).toHaveBeenCalledWith(packs[1]));
    // readers get no control that writes
    expect(screen.queryByRole("button", { name: "Keep a status pack" })).toBeNull();
  });

  it("offers writers to keep a pack, and shows a refusal in words", async () => {
    const keep = vi.fn(async () => {
      const { ApiProblem } = await import("../api/client");
      throw new ApiProblem({ kind: "invalid", message: "asOf must not be in the future", fieldErrors: [], offerReload: false } as never);
    });
    render(<StatusPacksBody packs={[]} today="2026-12-04" onDownloadCurrent={vi.fn()} onDownloadKept={vi.fn()} onKeep={keep} />);
    expect(screen.getByText("No pack kept yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Keep a status pack" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", expect.stringContaining("must not be in the future"));
    expect(keep).toHaveBeenCalledWith("2026-12-04");
  });
});
