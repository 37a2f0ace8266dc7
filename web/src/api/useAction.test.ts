import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiProblem } from "./client";
import { describeProblem } from "./problems";
import { useAction } from "./useAction";

describe("useAction", () => {
  it("is busy while the write runs and resolves true when it went through", async () => {
    const { result } = renderHook(() => useAction());
    let finish = () => {};
    let outcome: Promise<boolean> = Promise.resolve(false);
    act(() => {
      outcome = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => finish());
    expect(await outcome).toBe(true);
    expect(result.current).toMatchObject({ busy: false, problem: null });
  });

  it("keeps an API refusal as its problem message and resolves false", async () => {
    const { result } = renderHook(() => useAction());
    const refusal = describeProblem({ status: 412, title: "Precondition Failed" }, 412);
    let outcome = true;
    await act(async () => {
      outcome = await result.current.run(() => Promise.reject(new ApiProblem(refusal)));
    });
    expect(outcome).toBe(false);
    expect(result.current.busy).toBe(false);
    expect(result.current.problem).toBe(refusal);
  });

  it("reads a network failure as the service being unreachable, and clears the refusal on the next try", async () => {
    const { result } = renderHook(() => useAction());
    await act(async () => {
      await result.current.run(() => Promise.reject(new TypeError("Failed to fetch")));
    });
    expect(result.current.problem).toEqual(describeProblem(undefined, 503));
    await act(async () => {
      await result.current.run(() => Promise.resolve());
    });
    expect(result.current.problem).toBeNull();
  });

  it("hands out the same run on every render, so an effect may depend on it", () => {
    const { result, rerender } = renderHook(() => useAction());
    const first = result.current.run;
    rerender();
    expect(result.current.run).toBe(first);
  });
});
