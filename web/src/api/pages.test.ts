import { describe, expect, it } from "vitest";
import { forEachLimited, readPages } from "./pages";

describe("readPages", () => {
  it("reads until a page has no more", async () => {
    const asked: number[] = [];
    const result = await readPages(async (page) => {
      asked.push(page);
      return { items: [page], hasMore: page < 2 };
    }, 5);
    expect(asked).toEqual([0, 1, 2]);
    expect(result).toEqual({ items: [0, 1, 2], truncated: false });
  });

  it("stops at the cap and says the list is cut", async () => {
    const result = await readPages(async (page) => ({ items: [page], hasMore: true }), 2);
    expect(result).toEqual({ items: [0, 1], truncated: true });
  });
});

describe("forEachLimited", () => {
  it("never has more than the limit in flight, and does every item", async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      done.push(n);
      inFlight--;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
