import { useCallback, useEffect, useRef, useState } from "react";
import { toProblemMessage, unwrap, type Api } from "../api/client";
import { forEachLimited } from "../api/pages";
import type { Load } from "../api/useLoad";
import { EV_CONCURRENCY, type Financials } from "./earnedValue";

/**
 * The financials of the given engagements, each read once (GET /api/engagements/{id}/financials) with a few calls in
 * flight at a time. Rows keep their figures when more rows are asked for; retry(id) reads a failed one again.
 */
export function useFinancials(api: Api, ids: readonly string[]): [Map<string, Load<Financials>>, (id: string) => void] {
  const [loads, setLoads] = useState<Map<string, Load<Financials>>>(() => new Map());
  const requested = useRef(new Set<string>());
  const mounted = useRef(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const pending = ids.filter((id) => !requested.current.has(id));
    if (pending.length === 0) return;
    pending.forEach((id) => requested.current.add(id));
    const settle = (id: string, load: Load<Financials>) => {
      if (mounted.current) setLoads((current) => new Map(current).set(id, load));
    };
    void forEachLimited(pending, EV_CONCURRENCY, async (id) => {
      try {
        settle(id, { state: "ok", data: unwrap(await api.GET("/api/engagements/{id}/financials", { params: { path: { id } } })) });
      } catch (failure) {
        settle(id, { state: "failed", problem: toProblemMessage(failure) });
      }
    });
    // ids is a fresh array each render; its contents are what matters.
  }, [ids.join(","), round]);

  const retry = useCallback((id: string) => {
    requested.current.delete(id);
    setLoads((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });
    setRound((r) => r + 1);
  }, []);

  return [loads, retry];
}
