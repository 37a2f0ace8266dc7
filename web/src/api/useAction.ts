import { useCallback, useState } from "react";
import { toProblemMessage } from "./client";
import type { ProblemMessage } from "./problems";

export interface Action {
  busy: boolean;
  problem: ProblemMessage | null;
  /** Runs one write; resolves true when it went through, false when refused (the refusal is kept in `problem`). */
  run: (write: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * The busy flag and the refusal of one form or write control, so each control shows its own problem (banner and
 * field errors) beside itself. `run` is stable across renders, so it may sit in an effect's dependencies.
 */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemMessage | null>(null);
  const run = useCallback(async (write: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await write();
      return true;
    } catch (failure) {
      setProblem(toProblemMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run };
}
