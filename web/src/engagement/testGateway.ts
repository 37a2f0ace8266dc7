import { answer, engagement, fakeGateway } from "../test/fixtures";
import type {
  Financials,
  Milestone,
  QualityFinding,
  QualityGate,
  RaidItem,
  ResourceRequest,
  StaffingCost,
  StatusReport,
  SteeringMeeting,
} from "./engagementTypes";

// A fake portfolio-service for the Engagement page's component tests: one engagement and what hangs off it.

export const ENGAGEMENT_ID = "00000000-0000-4000-8000-000000000001";
export const CUSTOMER_ID = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";

const usd = (amount: string) => ({ amount, currency: "USD" });
const envelope = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });

export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return { id: "m1", engagementId: ENGAGEMENT_ID, name: "Pilot migrated", dueDate: "2026-06-30", status: "achieved", rejections: 0, version: 4, ...overrides };
}

export function raidItem(overrides: Partial<RaidItem> = {}): RaidItem {
  return {
    id: "r1",
    engagementId: ENGAGEMENT_ID,
    type: "risk",
    title: "Vendor may deliver late",
    status: "open",
    owner: "dan.delivery",
    probability: 4,
    impact: 3,
    exposure: 12,
    history: [{ at: "2026-05-01T10:00:00Z", by: "dan.delivery", what: "created" }],
    version: 2,
    ...overrides,
  };
}

export function statusReport(overrides: Partial<StatusReport> = {}): StatusReport {
  return {
    id: "s1",
    engagementId: ENGAGEMENT_ID,
    asOf: "2026-05-15",
    createdBy: "ada.exec",
    stage: "delivery",
    percentComplete: 40,
    overall: { computed: "red", effective: "red", reasons: ["budget: CPI 0.80 below 0.90"] },
    schedule: { rag: "green", reasons: ["no milestone late"] },
    budget: { rag: "red", reasons: ["CPI 0.80 below 0.90"] },
    ...overrides,
  };
}

export function meeting(overrides: Partial<SteeringMeeting> = {}): SteeringMeeting {
  return {
    id: "g1",
    engagementId: ENGAGEMENT_ID,
    date: "2026-05-10",
    attendees: ["Jane Doe (CIO)", "ada.exec"],
    agenda: ["Vendor status"],
    decisions: [{ text: "Penalty clause for the vendor", effect: "update", raidItemIds: ["r1"], status: "in-progress" }],
    actions: [{ title: "Send revised plan", owner: "dan.delivery", dueDate: "2026-05-20", raidItemId: "r9" }],
    ...overrides,
  };
}

function financials(asOf: string | null): Financials {
  return {
    asOf: asOf ?? "2026-05-15",
    bac: usd("100000.00"),
    pv: usd("50000.00"),
    ev: usd("40000.00"),
    ac: usd("50000.00"),
    cv: usd("-10000.00"),
    sv: usd("-10000.00"),
    cpi: 0.8,
    spi: 0.8,
    eac: usd("125000.00"),
    etc: usd("75000.00"),
    vac: usd("-25000.00"),
    percentComplete: 40,
    plannedPercent: 50,
  };
}

export interface World {
  stage?: "delivery" | "closure";
  milestones?: Milestone[];
  raid?: RaidItem[];
  reports?: StatusReport[];
  meetings?: SteeringMeeting[];
  requests?: ResourceRequest[];
  staffingCost?: StaffingCost;
  gates?: QualityGate[];
  findings?: QualityFinding[];
  /** Answers a write (POST) instead of the default 200/201 echo. */
  onWrite?: (path: string, body: unknown) => Response | undefined;
}

export function engagementGateway(world: World = {}) {
  return fakeGateway(async (request) => {
    const url = new URL(request.url);
    const path = url.pathname.replace(`/api/engagements/${ENGAGEMENT_ID}`, "");
    if (request.method === "POST") {
      const body = await request.json();
      return world.onWrite?.(path, body) ?? answer(path.endsWith("/transitions") ? 200 : 201, body);
    }
    if (url.pathname === `/api/customers/${CUSTOMER_ID}`) return answer(200, { id: CUSTOMER_ID, name: "Contoso" });
    switch (path) {
      case "":
        return answer(200, engagement({
          id: ENGAGEMENT_ID,
          stage: world.stage ?? "delivery",
          health: "red",
          healthReasons: ["budget: CPI 0.80 below 0.90"],
          startDate: "2026-01-01",
          endDate: "2026-12-31",
        }));
      case "/health":
        return answer(200, { overall: { rag: "red", reasons: [] }, budget: { rag: "red", reasons: ["CPI 0.80 below 0.90"] } });
      case "/milestones":
        return answer(200, envelope(world.milestones ?? [milestone()]));
      case "/raid":
        return answer(200, envelope(world.raid ?? [raidItem()]));
      case "/status-reports":
        return answer(200, envelope(world.reports ?? [statusReport()]));
      case "/steering-meetings":
        return answer(200, envelope(world.meetings ?? [meeting()]));
      case "/resource-requests":
        return answer(200, envelope(world.requests ?? []));
      case "/staffing-cost":
        return answer(200, world.staffingCost ?? { budget: usd("100000.00"), planCost: usd("0.00"), remaining: usd("100000.00"), percentOfBudget: 0, overBudget: false, lines: [] });
      case "/quality-gates":
        return answer(200, envelope(world.gates ?? []));
      case "/quality-findings":
        // Like the service: the status filter is applied by the API.
        return answer(200, envelope((world.findings ?? []).filter((f) => !url.searchParams.get("status") || f.status === url.searchParams.get("status"))));
      case "/financials":
        return answer(200, financials(url.searchParams.get("asOf")));
      default:
        return answer(404, { title: "Not found", status: 404 });
    }
  });
}
