import type { components } from "@api/schema";

export type Stakeholder = components["schemas"]["relationship.StakeholderResponse"];
export type Stance = NonNullable<Stakeholder["stance"]>;

/** Most favourable first, as relationship-service scores them (champion 1 … detractor 0). */
export const STANCES: readonly Stance[] = ["champion", "supporter", "neutral", "skeptic", "detractor"];

export const STANCE_LABELS: Record<Stance, string> = {
  champion: "Champion",
  supporter: "Supporter",
  neutral: "Neutral",
  skeptic: "Skeptic",
  detractor: "Detractor",
};

/** Decisive first: the top rows are the people whose stance matters most. */
export const INFLUENCE_LEVELS = [5, 4, 3, 2, 1] as const;

export const INFLUENCE_LABELS: Record<number, string> = {
  5: "5 – decisive",
  4: "4 – high",
  3: "3 – moderate",
  2: "2 – low",
  1: "1 – little",
};

export interface GridRow {
  influence: number;
  label: string;
  /** One cell per stance, in STANCES order, names sorted */
  cells: Stakeholder[][];
}

export interface StakeholderGrid {
  rows: GridRow[];
  /** Active people the grid cannot place (an influence outside 1–5 or no stance): listed, not dropped */
  unplaced: Stakeholder[];
  /** Inactive people are left off the map (the org chart keeps them) */
  inactive: number;
}

/** Places each active stakeholder in the cell of its influence (rows, 5 to 1) and stance (columns). */
export function stakeholderGrid(stakeholders: readonly Stakeholder[]): StakeholderGrid {
  const byName = [...stakeholders].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  const rows: GridRow[] = INFLUENCE_LEVELS.map((influence) => ({
    influence,
    label: INFLUENCE_LABELS[influence],
    cells: STANCES.map(() => []),
  }));
  const unplaced: Stakeholder[] = [];
  let inactive = 0;
  for (const person of byName) {
    if (person.active === false) {
      inactive++;
      continue;
    }
    const row = rows.find((r) => r.influence === person.influence);
    const column = person.stance ? STANCES.indexOf(person.stance) : -1;
    if (!row || column < 0) {
      unplaced.push(person);
    } else {
      row.cells[column].push(person);
    }
  }
  return { rows, unplaced, inactive };
}
