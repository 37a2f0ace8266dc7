import { useRef } from "react";
import type { ProblemMessage } from "../api/problems";
import { useLoad } from "../api/useLoad";

export interface KeptLoad<T> {
  /** The latest answer, kept while a newer read is under way, so a section does not blank out after each change. */
  data: T | undefined;
  problem: ProblemMessage | undefined;
  reload: () => void;
}

/** Reads what belongs to `item`, again whenever `revision` changes (the page bumps it after every change). */
export function useKeptLoad<T>(read: () => Promise<T>, item: string, revision: number | string = 0): KeptLoad<T> {
  const [load, reload] = useLoad(read, `${item}\n${revision}`);
  const last = useRef<{ item: string; data: T } | undefined>(undefined);
  if (load.state === "ok") last.current = { item, data: load.data };
  // An answer about another item (the address changed) is never shown as this one's.
  const kept = last.current?.item === item ? last.current.data : undefined;
  return {
    data: load.state === "ok" ? load.data : kept,
    problem: load.state === "failed" ? load.problem : undefined,
    reload,
  };
}
