import type { UserManager } from "oidc-client-ts";
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { Account360Page } from "./account360/Account360Page";
import { AccountsPage } from "./account360/AccountsPage";
import { AuthProvider } from "./auth/AuthProvider";
import { Layout } from "./layout/Layout";
import { PortfolioPage } from "./portfolio/PortfolioPage";

export function App({ manager }: { manager: UserManager }) {
  return (
    <BrowserRouter>
      <AuthProvider manager={manager}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/portfolio" replace />} />
            <Route path="portfolio" element={<PortfolioPage />} />
            <Route path="accounts" element={<AccountsPage />} />
            <Route path="accounts/:customerId" element={<Account360Page />} />
            <Route path="*" element={<Navigate to="/portfolio" replace />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
