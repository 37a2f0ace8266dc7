import { describe, expect, it } from "vitest";
import type { AccountOverview } from "../api/types";
import { degradedSections, loadAsSection, sectionView } from "./sections";

describe("sectionView", () => {
  it("passes an ok section's data through", () => {
    expect(sectionView("Consumption", { status: "ok", httpStatus: 200, data: { currency: "USD" } })).toEqual({
      state: "ok",
      data: { currency: "USD" },
    });
  });

  it("shows a timed-out section as degraded, with the gateway's detail, worth retrying", () => {
    expect(sectionView("Consumption", { status: "timeout", detail: "no answer within 2500 ms" })).toEqual({
      state: "degraded",
      status: "timeout",
      message: "Consumption did not answer in time (no answer within 2500 ms).",
      retryable: true,
    });
  });

  it("does not offer a retry where one cannot help", () => {
    const view = sectionView("Contracts", { status: "forbidden", httpStatus: 403 });
    expect(view).toMatchObject({ state: "degraded", status: "forbidden", retryable: false });
    expect(view.state === "degraded" && view.message).toBe("Contracts is not open to your role.");
  });

  it("shows a section its service has nothing for as empty, not degraded", () => {
    expect(sectionView("Consumption", { status: "not-found", httpStatus: 404 })).toEqual({
      state: "empty",
      message: "Nothing recorded for this customer yet.",
    });
  });

  it("treats a section missing from the answer as degraded", () => {
    expect(sectionView("Invoices", undefined)).toMatchObject({ state: "degraded", status: "missing" });
  });
});

describe("degradedSections", () => {
  it("names every degraded section in page order, missing ones included, empty ones not", () => {
    const overview: AccountOverview = {
      customerId: "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10",
      complete: false,
      sections: {
        customer: { status: "ok", data: {} },
        "relationship-health": { status: "ok", data: {} },
        engagements: { status: "unavailable", detail: "the portfolio service cannot be reached" },
        consumption: { status: "timeout" },
        escalations: { status: "ok", data: {} },
        "account-plan": { status: "ok", data: {} },
        "revenue-forecast": { status: "error", httpStatus: 500 },
        cadence: { status: "ok", data: {} },
        contracts: { status: "ok", data: {} },
        invoices: { status: "not-found", httpStatus: 404 },
      },
    };
    // pipeline is not in the answer at all: degraded too ("was not part of the answer")
    expect(degradedSections(overview)).toEqual(["engagements", "consumption", "pipeline", "revenue-forecast"]);
  });
});

describe("loadAsSection", () => {
  it("is nothing while loading, the data when read, and a degraded status with the reason when refused", () => {
    expect(loadAsSection({ state: "loading" })).toBeUndefined();
    expect(loadAsSection({ state: "ok", data: [1] })).toEqual({ status: "ok", data: [1] });
    const problem = { kind: "unavailable" as const, message: "A service is not answering.", fieldErrors: {}, offerReload: false };
    expect(loadAsSection({ state: "failed", problem })).toEqual({ status: "unavailable", detail: "A service is not answering." });
    expect(loadAsSection({ state: "failed", problem: { ...problem, kind: "forbidden" } })?.status).toBe("forbidden");
    expect(loadAsSection({ state: "failed", problem: { ...problem, kind: "other" } })?.status).toBe("error");
  });
});
