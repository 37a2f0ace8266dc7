import { describe, expect, it } from "vitest";
import { describeOrigin, describeSize, packFileName } from "./statusPacks";

describe("kept status packs in words", () => {
  it("says whether a pack was made for a cadence meeting or kept on request", () => {
    expect(describeOrigin({ trigger: "cadence", cadenceKind: "qbr", cadenceDue: "2027-01-15" })).toBe(
      "For the quarterly business review due 2027-01-15",
    );
    expect(describeOrigin({ trigger: "cadence", cadenceKind: "steering-committee" })).toBe("For the steering committee");
    expect(describeOrigin({ trigger: "on-demand", generatedBy: "ada.exec" })).toBe("Kept by ada.exec");
    expect(describeOrigin({ trigger: "on-demand" })).toBe("Kept on request");
  });

  it("gives sizes in B, KB and MB", () => {
    expect(describeSize(900)).toBe("900 B");
    expect(describeSize(48_640)).toBe("47.5 KB");
    expect(describeSize(3 * 1024 * 1024)).toBe("3.0 MB");
    expect(describeSize(undefined)).toBe("—");
  });

  it("names a downloaded file from the scope, the id's start and the date only", () => {
    expect(packFileName("account", "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10", "2026-12-04")).toBe(
      "status-pack-account-3f2b6c1e-2026-12-04.pdf",
    );
  });
});
