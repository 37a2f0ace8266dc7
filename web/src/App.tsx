import type { UserManager } from "oidc-client-ts";
import { lazy, Suspense } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { Account360Page } from "./account360/Account360Page";
import { AccountsPage } from "./account360/AccountsPage";
import { AuthProvider } from "./auth/AuthProvider";
import { Layout } from "./layout/Layout";
import { PortfolioPage } from "./portfolio/PortfolioPage";

// The first page (portfolio) ships in the main bundle; the others, and the charting library they use, load when
// first visited, so the first page stays small.
const EngagementPage = lazy(() => import("./engagement/EngagementPage").then((m) => ({ default: m.EngagementPage })));
const ConsumptionPage = lazy(() => import("./consumption/ConsumptionPage").then((m) => ({ default: m.ConsumptionPage })));
const EscalationsPage = lazy(() => import("./escalations/EscalationsPage").then((m) => ({ default: m.EscalationsPage })));
const EscalationDetailPage = lazy(() =>
  import("./escalations/EscalationDetailPage").then((m) => ({ default: m.EscalationDetailPage })),
);
const BillingPage = lazy(() => import("./billing/BillingPage").then((m) => ({ default: m.BillingPage })));
const OutlookPage = lazy(() => import("./outlook/OutlookPage").then((m) => ({ default: m.OutlookPage })));
const ContractDetailPage = lazy(() =>
  import("./billing/ContractDetailPage").then((m) => ({ default: m.ContractDetailPage })),
);

export function App({ manager }: { manager: UserManager }) {
  return (
    <BrowserRouter>
      <AuthProvider manager={manager}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to="/portfolio" replace />} />
              <Route path="portfolio" element={<PortfolioPage />} />
              <Route path="engagements/:engagementId" element={<EngagementPage />} />
              <Route path="outlook" element={<OutlookPage />} />
              <Route path="accounts" element={<AccountsPage />} />
              <Route path="accounts/:customerId" element={<Account360Page />} />
              <Route path="consumption" element={<ConsumptionPage />} />
              <Route path="escalations" element={<EscalationsPage />} />
              <Route path="escalations/:escalationId" element={<EscalationDetailPage />} />
              <Route path="billing" element={<BillingPage />} />
              <Route path="billing/contracts/:contractId" element={<ContractDetailPage />} />
              <Route path="*" element={<Navigate to="/portfolio" replace />} />
            </Route>
          </Routes>
        </Suspense>
      </AuthProvider>
    </BrowserRouter>
  );
}
