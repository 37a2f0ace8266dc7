import { useCallback, useState } from "react";
import { toProblemMessage } from "../api/client";
import type { ProblemMessage } from "../api/problems";

export interface Action {
  busy: boolean;
  problem: ProblemMessage | null;
  /** Runs one write; a refusal is kept as a ProblemMessage for the banner and the field errors. */
  run: (write: () => Promise<unknown>) => Promise<boolean>;
}

/** The busy flag and the refusal of one write control, so each control shows its own problem beside itself. */
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
