import { describe, expect, it } from "vitest";
import type { Sla, SlaTarget } from "./escalationApi";
import { currentTarget, formatSpan, readTarget, stateWords, timeLeftWords } from "./sla";

// A fixed clock: the service measured at 10:00; the screen reads at the instants below.
const EVALUATED = "2026-11-28T10:00:00Z";
const at = (time: string) => new Date(`2026-11-28T${time}Z`);

function target(overrides: Partial<SlaTarget> = {}): SlaTarget {
  // The README's worked example: critical (60 min), opened 09:00, paused 09:10–09:40, measured 10:00.
  return {
    target: "acknowledge",
    targetMinutes: 60,
    elapsedSeconds: 30 * 60,
    remainingSeconds: 30 * 60,
    percentUsed: 50,
    state: "warning",
    warningThreshold: 50,
    timer: "running",
    ...overrides,
  };
}

describe("readTarget", () => {
  it("keeps the service's figures at the instant it measured", () => {
    const reading = readTarget(target(), EVALUATED, at("10:00:00"));
    expect(reading).toMatchObject({ secondsLeft: 1800, percentUsed: 50, state: "warning", warningThreshold: 50, breached: false });
  });

  it("counts a running timer down with the clock", () => {
    const reading = readTarget(target(), EVALUATED, at("10:15:00"));
    expect(reading.secondsLeft).toBe(15 * 60);
    expect(reading.percentUsed).toBe(75);
    expect(reading.warningThreshold).toBe(75);
  });

  it("rounds the percentage down to one decimal, as the service does", () => {
    // 1799 s of 3600 s = 49.97 %: still below the warning.
    const reading = readTarget(target({ elapsedSeconds: 1799 }), EVALUATED, at("10:00:00"));
    expect(reading.percentUsed).toBe(49.9);
    expect(reading.state).toBe("ok");
  });

  it("is breached at 100 %, with the time over as negative time left", () => {
    const reading = readTarget(target(), EVALUATED, at("10:42:00"));
    expect(reading.breached).toBe(true);
    expect(reading.state).toBe("breached");
    expect(reading.secondsLeft).toBe(-12 * 60);
    expect(stateWords(reading)).toBe("Breached");
    expect(timeLeftWords(reading)).toBe("breached 12 min ago");
  });

  it("does not move a paused or stopped timer", () => {
    const paused = readTarget(target({ timer: "paused" }), EVALUATED, at("11:00:00"));
    expect(paused.secondsLeft).toBe(1800);
    expect(timeLeftWords(paused)).toBe("paused, 30 min left");
    const stopped = readTarget(target({ timer: "stopped", elapsedSeconds: 40 * 60 }), EVALUATED, at("12:00:00"));
    expect(stopped.percentUsed).toBe(66.6);
    expect(timeLeftWords(stopped)).toBe("met");
  });

  it("keeps the service's breach even if its figures say otherwise", () => {
    const reading = readTarget(target({ state: "breached", timer: "stopped", elapsedSeconds: 100 }), EVALUATED, at("10:00:00"));
    expect(reading.breached).toBe(true);
    expect(timeLeftWords(reading)).toBe("breached");
  });

  it("ignores a clock behind the service's", () => {
    expect(readTarget(target(), EVALUATED, at("09:59:00")).secondsLeft).toBe(1800);
  });
});

describe("currentTarget", () => {
  const sla: Sla = {
    evaluatedAt: EVALUATED,
    acknowledge: target(),
    resolve: target({ target: "resolve", targetMinutes: 24 * 60, elapsedSeconds: 1800 }),
  };

  it("is the acknowledge target until acknowledged, then the resolve target", () => {
    expect(currentTarget(sla, at("10:00:00"))?.target).toBe("acknowledge");
    const acknowledged = { ...sla, acknowledge: target({ timer: "stopped" }) };
    const reading = currentTarget(acknowledged, at("10:00:00"));
    expect(reading?.target).toBe("resolve");
    expect(timeLeftWords(reading!)).toBe("23 h 30 min left");
  });
});

describe("formatSpan", () => {
  it("speaks in days, hours and minutes", () => {
    expect(formatSpan(3 * 86400 + 4 * 3600 + 59)).toBe("3 d 4 h");
    expect(formatSpan(2 * 86400)).toBe("2 d");
    expect(formatSpan(3900)).toBe("1 h 5 min");
    expect(formatSpan(-720)).toBe("12 min");
    expect(formatSpan(59)).toBe("under a minute");
  });
});
