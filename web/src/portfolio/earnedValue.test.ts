import { describe, expect, it } from "vitest";
import { earnedValueFigures, formatIndex, indexRag } from "./earnedValue";

describe("indexRag", () => {
  it("follows the RAG rules' thresholds, 0.90 and 0.95", () => {
    expect(indexRag(0.8999)).toBe("red");
    expect(indexRag(0.9)).toBe("amber");
    expect(indexRag(0.9499)).toBe("amber");
    expect(indexRag(0.95)).toBe("green");
    expect(indexRag(1.25)).toBe("green");
  });
});

describe("formatIndex", () => {
  it("keeps the API's digits, so a red index never reads as 0.90", () => {
    expect(formatIndex(0.8999, "x")).toEqual({ text: "0.8999", rag: "red" });
    expect(formatIndex(1, "x")).toEqual({ text: "1.00", rag: "green" });
    expect(formatIndex(1.025, "x").text).toBe("1.025");
  });

  it("says why an undefined index is missing instead of showing zero", () => {
    expect(formatIndex(null, "nothing spent yet")).toEqual({ text: "— (nothing spent yet)", rag: "unknown" });
    expect(formatIndex(undefined, "nothing planned yet").rag).toBe("unknown");
  });
});

describe("earnedValueFigures", () => {
  it("formats PV, EV and AC from their decimal strings and both indexes", () => {
    const figures = earnedValueFigures({
      pv: { amount: "120000.00", currency: "USD" },
      ev: { amount: "999999999999999.99", currency: "USD" },
      ac: { amount: "0.00", currency: "EUR" },
      cpi: 0.9412,
      spi: null as unknown as undefined,
    });
    expect(figures.pv).toBe("$120,000.00");
    expect(figures.ev).toBe("$999,999,999,999,999.99");
    expect(figures.ac).toBe("€0.00");
    expect(figures.cpi).toEqual({ text: "0.9412", rag: "amber" });
    expect(figures.spi.text).toBe("— (nothing planned yet)");
  });

  it("shows a dash for a figure the API left out", () => {
    expect(earnedValueFigures({}).pv).toBe("—");
  });
});
