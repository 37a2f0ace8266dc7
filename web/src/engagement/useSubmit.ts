import { useState } from "react";
import { toProblemMessage } from "../api/client";
import type { ProblemMessage } from "../api/problems";

/** The busy flag and the refusal of one form or button: run() resolves true when the call went through. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemMessage | null>(null);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
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
