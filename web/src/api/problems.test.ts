import { describe, expect, it } from "vitest";
import { describeProblem } from "./problems";

const TYPE = "https://adeplatform.io/problems/";

describe("describeProblem", () => {
  it("keeps a validation problem's detail and groups its field errors by field", () => {
    const described = describeProblem({
      type: TYPE + "validation",
      title: "Invalid request",
      status: 400,
      detail: "invalid value",
      errors: [
        { field: "reason", message: "size must be between 0 and 500" },
        { field: "to", message: "must not be null" },
        { field: "reason", message: "must not contain control characters" },
      ],
    });
    expect(described.kind).toBe("validation");
    expect(described.message).toBe("invalid value");
    expect(described.fieldErrors).toEqual({
      reason: ["size must be between 0 and 500", "must not contain control characters"],
      to: ["must not be null"],
    });
    expect(described.offerReload).toBe(false);
  });

  it("explains a 412 as someone else's change and offers a reload", () => {
    const described = describeProblem({ type: TYPE + "precondition-failed", title: "Precondition failed", status: 412 });
    expect(described.kind).toBe("stale");
    expect(described.message).toMatch(/changed this item after you loaded it/);
    expect(described.offerReload).toBe(true);
  });

  it("names the allowed targets of an illegal transition", () => {
    const described = describeProblem({
      type: TYPE + "illegal-transition",
      title: "Conflict",
      status: 409,
      detail: "cannot move from envisioning to delivery; allowed: solution-development",
      from: "envisioning",
      to: "delivery",
      allowed: ["solution-development"],
    });
    expect(described.message).toBe("This move is not allowed from envisioning: it can go to solution-development.");
  });

  it("says a final state is final", () => {
    const described = describeProblem({ type: TYPE + "illegal-transition", title: "Conflict", status: 409, from: "closure", to: "delivery", allowed: [] });
    expect(described.message).toBe("This move is not allowed from closure: closure is final.");
  });

  it("uses the HTTP status when the body is not a problem (a proxy's bare answer)", () => {
    expect(describeProblem(undefined, 503).kind).toBe("unavailable");
    expect(describeProblem(undefined, 401).kind).toBe("signed-out");
    expect(describeProblem(undefined, 418).message).toBe("The request failed (HTTP 418).");
  });

  it("hides nothing and leaks nothing: a 404 reads the same whether missing or not visible", () => {
    expect(describeProblem({ type: TYPE + "not-found", title: "Not found", status: 404 }).message).toBe(
      "This item does not exist, or you are not on its account team.",
    );
  });

  it("passes Retry-After on to the person for a 429", () => {
    expect(describeProblem({ type: TYPE + "too-many-requests", title: "Too many", status: 429 }, 429, "3").message).toBe(
      "Too many requests just now. Try again in 3 seconds.",
    );
  });
});
