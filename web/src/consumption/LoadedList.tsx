import type { ReactNode } from "react";
import type { Load } from "../api/useLoad";
import { ProblemBanner } from "../layout/ProblemBanner";
import type { FirstPage } from "./consumptionApi";

/** The states of a list read: loading, refused (in words, with a retry), empty (a sentence), or its items. */
export function LoadedList<T>({
  list,
  reload,
  what,
  empty,
  children,
}: {
  list: Load<FirstPage<T>>;
  reload: () => void;
  what: string;
  empty: string;
  children: (page: FirstPage<T>) => ReactNode;
}) {
  if (list.state === "loading") return <p role="status">Loading {what}…</p>;
  if (list.state === "failed") return <ProblemBanner problem={list.problem} onReload={reload} />;
  if (list.data.items.length === 0) return <p>{empty}</p>;
  return <>{children(list.data)}</>;
}
