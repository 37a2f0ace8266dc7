import { useCallback, useEffect, useState } from "react";
import { toProblemMessage } from "./client";
import type { ProblemMessage } from "./problems";

export type Load<T> =
  | { state: "loading" }
  | { state: "ok"; data: T }
  | { state: "failed"; problem: ProblemMessage };

/** Runs a read when its inputs change (the key), and again on reload(); a stale answer never overwrites a newer one. */
export function useLoad<T>(read: () => Promise<T>, key: string): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ state: "loading" });
    read().then(
      (data) => current && setLoad({ state: "ok", data }),
      (failure: unknown) => current && setLoad({ state: "failed", problem: toProblemMessage(failure) }),
    );
    return () => {
      current = false;
    };
    // read is a fresh closure each render; key names what it depends on.
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [load, reload];
}
