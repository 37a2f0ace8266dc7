import { useState } from "react";
import { toProblemMessage } from "../api/client";
import type { ProblemMessage } from "../api/problems";

/** A form's submission: busy while it runs, the refusal kept for the banner and the field errors. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemMessage | null>(null);

  /** Runs the call; true when it succeeded. */
  async function run(call: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      await call();
      return true;
    } catch (failure) {
      setProblem(toProblemMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, run };
}
