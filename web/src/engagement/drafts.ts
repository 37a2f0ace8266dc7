import type { Health } from "../api/types";
import type {
  DecisionRequest,
  RaidRequest,
  RaidStatus,
  RaidType,
  StatusReportRequest,
  SteeringMeetingRequest,
} from "./engagementTypes";

// What the forms hold (text as typed) turned into request bodies: blanks left out rather than sent as "", so the
// API's own validation speaks for what is missing.

const present = (text: string) => text.trim() !== "";

export interface RaidDraft {
  type: RaidType;
  title: string;
  description: string;
  category: string;
  owner: string;
  dueDate: string;
  probability: string;
  impact: string;
}

export const EMPTY_RAID: RaidDraft = {
  type: "risk",
  title: "",
  description: "",
  category: "",
  owner: "",
  dueDate: "",
  probability: "",
  impact: "",
};

/** Probability and impact only for a risk (the only type rated by exposure). */
export function raidRequest(draft: RaidDraft): RaidRequest {
  const body: RaidRequest = { type: draft.type, title: draft.title.trim(), owner: draft.owner.trim() };
  if (present(draft.description)) body.description = draft.description.trim();
  if (present(draft.category)) body.category = draft.category.trim();
  if (present(draft.dueDate)) body.dueDate = draft.dueDate;
  if (draft.type === "risk") {
    if (present(draft.probability)) body.probability = Number(draft.probability);
    if (present(draft.impact)) body.impact = Number(draft.impact);
  }
  return body;
}

export interface StatusReportDraft {
  summary: string;
  override: boolean;
  rag: Health;
  reason: string;
}

/** The override (audited: the API records who and when) is sent only when asked for, always with its reason. */
export function statusReportRequest(draft: StatusReportDraft): StatusReportRequest {
  return {
    ...(present(draft.summary) ? { summary: draft.summary.trim() } : {}),
    ...(draft.override ? { override: { rag: draft.rag, reason: draft.reason.trim() } } : {}),
  };
}

export interface DecisionDraft {
  text: string;
  /** "" = the decision settles no RAID entry. */
  effect: "" | "close" | "update";
  raidItemIds: string[];
  status: RaidStatus | "";
  dueDate: string;
}

export interface ActionDraft {
  title: string;
  owner: string;
  dueDate: string;
}

export interface SteeringDraft {
  date: string;
  attendees: string;
  agenda: string;
  decisions: DecisionDraft[];
  actions: ActionDraft[];
}

export const EMPTY_DECISION: DecisionDraft = { text: "", effect: "", raidItemIds: [], status: "", dueDate: "" };
export const EMPTY_ACTION: ActionDraft = { title: "", owner: "", dueDate: "" };

/** One entry per non-blank line (attendees, agenda items). */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(present);
}

function decisionRequest(draft: DecisionDraft): DecisionRequest {
  const decision: DecisionRequest = { text: draft.text.trim() };
  if (draft.effect && draft.raidItemIds.length > 0) {
    decision.effect = draft.effect;
    decision.raidItemIds = draft.raidItemIds;
    if (draft.effect === "update") {
      if (draft.status) decision.status = draft.status;
      if (present(draft.dueDate)) decision.dueDate = draft.dueDate;
    }
  }
  return decision;
}

/** Blank decision and action rows (added and left empty) are dropped; the rest go as typed. */
export function steeringRequest(draft: SteeringDraft): SteeringMeetingRequest {
  const decisions = draft.decisions.filter((d) => present(d.text)).map(decisionRequest);
  const actions = draft.actions
    .filter((a) => present(a.title) || present(a.owner) || present(a.dueDate))
    .map((a) => ({ title: a.title.trim(), owner: a.owner.trim(), dueDate: a.dueDate }));
  return {
    date: draft.date,
    attendees: lines(draft.attendees),
    ...(present(draft.agenda) ? { agenda: lines(draft.agenda) } : {}),
    ...(decisions.length > 0 ? { decisions } : {}),
    ...(actions.length > 0 ? { actions } : {}),
  };
}
