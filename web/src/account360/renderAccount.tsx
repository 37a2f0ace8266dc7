import { render } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { SessionProvider } from "../auth/AuthProvider";
import { fakeGateway, session } from "../test/fixtures";
import { Account360Page } from "./Account360Page";

/** For tests: Account 360 of a customer as a viewer, the API answered by `route`; returns the requests it got. */
export function renderAccount360(customerId: string, route: (request: Request) => Response) {
  const fake = fakeGateway(route);
  render(
    <SessionProvider value={session(["viewer"], fake)}>
      <MemoryRouter initialEntries={[`/accounts/${customerId}`]}>
        <Routes>
          <Route path="/accounts/:customerId" element={<Account360Page />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}
