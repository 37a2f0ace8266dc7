import { Fragment, type ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import { unwrap } from "../api/client";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { NewEngagementForm } from "./NewEngagementForm";
import { ProblemBanner } from "../layout/ProblemBanner";
import { ContractsBody, EscalationsBody, InvoicesBody } from "./deliveryBodies";
import { AccountPlanBody } from "./AccountPlanBody";
import { RelationshipHealthBody } from "./HealthBody";
import { ConsumptionBody, CustomerBody, EngagementsBody } from "./relationshipBodies";
import type { DueItem } from "../outlook/cadence";
import { DueList } from "../outlook/DueList";
import { ForecastBody } from "../outlook/ForecastBody";
import type { Forecast } from "../outlook/forecast";
import type { Pipeline } from "../outlook/pipeline";
import { PipelineTable } from "../outlook/PipelineTable";
import { StatusPacksSection } from "../outlook/StatusPacksSection";
import { RelationshipSections } from "./RelationshipSections";
import { degradedSections, SECTION_ORDER, SECTION_TITLES, type SectionName } from "./sections";
import { SectionPanel } from "./SectionPanel";

const BODIES: Record<SectionName, (data: unknown) => ReactNode> = {
  customer: (data) => <CustomerBody data={data} />,
  "relationship-health": (data) => <RelationshipHealthBody data={data} />,
  engagements: (data) => <EngagementsBody data={data} />,
  consumption: (data) => <ConsumptionBody data={data} />,
  escalations: (data) => <EscalationsBody data={data} />,
  "account-plan": (data) => <AccountPlanBody data={data} />,
  pipeline: (data) => <PipelineTable pipeline={data as Pipeline} caption="Open opportunities by expected close quarter, value × probability" />,
  "revenue-forecast": (data) => <ForecastBody forecast={data as Forecast} />,
  cadence: (data) => <DueList items={(data as { items?: DueItem[] }).items ?? []} showAccount={false} />,
  contracts: (data) => <ContractsBody data={data} />,
  invoices: (data) => <InvoicesBody data={data} />,
};

/** Account 360: the gateway's composed overview; each section stands or fails on its own. */
export function Account360Page() {
  const { customerId = "" } = useParams();
  const { api, roles } = useSession();
  const [overview, reload] = useLoad(
    async () => unwrap(await api.GET("/api/accounts/{customerId}/overview", { params: { path: { customerId } } })),
    customerId,
  );

  if (overview.state === "loading") return <p role="status">Loading the account…</p>;
  if (overview.state === "failed") return <ProblemBanner problem={overview.problem} onReload={reload} />;

  const { sections } = overview.data;
  const customerName = sections.customer?.status === "ok" ? (sections.customer.data as { name?: string })?.name : undefined;
  const degraded = degradedSections(overview.data);
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{customerName ?? "Account 360"}</h1>
      <p>
        <Link to={`/portfolio?customerId=${customerId}`}>This customer's engagements on the portfolio</Link>
      </p>
      {degraded.length > 0 && (
        <p className="problem problem-unavailable" role="status">
          Some sections are degraded ({degraded.map((name) => SECTION_TITLES[name]).join(", ")}); the rest is current.{" "}
          <button type="button" onClick={reload}>
            Reload all
          </button>
        </p>
      )}
      <div className="sections">
        {SECTION_ORDER.map((name) => (
          <Fragment key={name}>
            <SectionPanel title={SECTION_TITLES[name]} section={sections[name]} onRetry={reload} wide={name === "revenue-forecast"}>
              {BODIES[name]}
            </SectionPanel>
            {/* The health's trend, the stakeholder map and the org chart follow the health they explain. */}
            {name === "relationship-health" && <RelationshipSections customerId={customerId} />}
            {/* The status packs, kept and to make, follow the cadence they serve. */}
            {name === "cadence" && <StatusPacksSection customerId={customerId} />}
          </Fragment>
        ))}
      </div>
      {canWrite(roles, "engagements") && <NewEngagementForm customerId={customerId} />}
    </section>
  );
}
