import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { contract, page } from "./billingFixtures";
import { BillingPage, statusFilter } from "./BillingPage";

const PENDING = contract({ title: "Contoso — phase 2", version: 4 });
const OWN = contract({ id: "own", title: "Fabrikam renewal", submittedBy: "fiona.finance" });

/** A gateway with the pending deals; the transition answers with `decide`'s response. */
function gateway(decide: () => Response) {
  let pendingReads = 0;
  const fake = fakeGateway((request) => {
    const url = new URL(request.url);
    if (request.method === "POST") return decide();
    if (url.pathname === "/api/customers") return answer(200, page([{ id: PENDING.customerId, name: "Contoso" }]));
    if (url.searchParams.get("status") === "pending-approval") {
      pendingReads++;
      return answer(200, page(pendingReads === 1 ? [PENDING, OWN] : [OWN]));
    }
    return answer(200, page([PENDING, OWN]));
  });
  return { fake, pendingReads: () => pendingReads };
}

function renderAs(username: string, roles: string[], fake: ReturnType<typeof fakeGateway>, address = "/billing") {
  render(
    <SessionProvider value={{ ...session(roles, fake), username }}>
      <MemoryRouter initialEntries={[address]}>
        <BillingPage />
      </MemoryRouter>
    </SessionProvider>,
  );
}

const inbox = () => within(screen.getByRole("region", { name: "Approval inbox" }));

describe("BillingPage", () => {
  it("shows finance the deals waiting on them, not their own submission", async () => {
    const { fake } = gateway(() => answer(200, {}));
    renderAs("fiona.finance", ["finance"], fake);
    expect(await inbox().findByRole("form", { name: "Decide Contoso — phase 2" })).toBeTruthy();
    expect(inbox().queryByText("Fabrikam renewal")).toBeNull();
    // The API narrows to pending contracts; the rest of the selection is the page's.
    const inboxRead = fake.requests.find((r) => new URL(r.url).searchParams.get("status") === "pending-approval");
    expect(inboxRead).toBeDefined();
    // Both appear in the contracts table, with the customer's name.
    const table = await screen.findByRole("table", { name: "Contracts" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getAllByText("Contoso")).toHaveLength(2);
  });

  it("approves with If-Match of the version shown, then reads the inbox again", async () => {
    const { fake, pendingReads } = gateway(() => answer(200, { ...PENDING, status: "approved", version: 5 }, { ETag: '"5"' }));
    renderAs("fiona.finance", ["finance"], fake);
    const form = await inbox().findByRole("form", { name: "Decide Contoso — phase 2" });
    fireEvent.change(within(form).getByLabelText("Comment (required to reject)"), { target: { value: "Rates checked" } });
    fireEvent.click(within(form).getByRole("button", { name: "Approve" }));

    expect(await screen.findByText("“Contoso — phase 2” is approved.")).toBeTruthy();
    const post = fake.requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/contracts/${PENDING.id}/transitions`);
    expect(post.headers.get("If-Match")).toBe('"4"');
    expect(await post.json()).toEqual({ to: "approved", comment: "Rates checked" });
    expect(await inbox().findByText("Nothing waits on your approval.")).toBeTruthy();
    expect(pendingReads()).toBe(2);
    expect(inbox().queryByRole("form")).toBeNull();
  });

  it("explains a 412 and reloads the inbox on request", async () => {
    const { fake, pendingReads } = gateway(() =>
      answer(412, { type: "https://adeplatform.io/problems/precondition-failed", title: "Precondition failed", status: 412 }),
    );
    renderAs("fiona.finance", ["finance"], fake);
    const form = await inbox().findByRole("form", { name: "Decide Contoso — phase 2" });
    fireEvent.click(within(form).getByRole("button", { name: "Approve" }));
    expect((await within(form).findByRole("alert")).textContent).toMatch(/Someone changed this item after you loaded it/);
    fireEvent.click(within(form).getByRole("button", { name: "Reload" }));
    await vi.waitFor(() => expect(pendingReads()).toBe(2));
  });

  it("shows a rejection's missing comment next to the comment field", async () => {
    const { fake } = gateway(() =>
      answer(400, { status: 400, detail: "invalid request", errors: [{ field: "comment", message: "a rejection says why: must not be blank" }] }),
    );
    renderAs("fiona.finance", ["finance"], fake);
    const form = await inbox().findByRole("form", { name: "Decide Contoso — phase 2" });
    fireEvent.click(within(form).getByRole("button", { name: "Reject" }));
    const error = await within(form).findByText("a rejection says why: must not be blank");
    expect(error.previousElementSibling).toBe(within(form).getByLabelText("Comment (required to reject)"));
  });

  it("gives a viewer no decision and does not even read the inbox", async () => {
    const { fake, pendingReads } = gateway(() => answer(200, {}));
    renderAs("victor.viewer", ["viewer"], fake);
    await screen.findByRole("table", { name: "Contracts" });
    expect(screen.queryByRole("button", { name: /Approve|Reject/ })).toBeNull();
    expect(inbox().getByText(/approved by finance and executives/)).toBeTruthy();
    expect(pendingReads()).toBe(0);
  });

  it("passes the address's status filter to the API's list", async () => {
    const { fake } = gateway(() => answer(200, {}));
    renderAs("victor.viewer", ["viewer"], fake, "/billing?status=active");
    await screen.findByRole("table", { name: "Contracts" });
    const list = fake.requests.find((r) => new URL(r.url).pathname === "/api/contracts")!;
    expect(new URL(list.url).searchParams.get("status")).toBe("active");
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("active");
  });

  it("keeps only status filters the API knows", () => {
    expect(statusFilter("pending-approval")).toBe("pending-approval");
    expect(statusFilter("bogus")).toBeUndefined();
    expect(statusFilter(null)).toBeUndefined();
  });
});
