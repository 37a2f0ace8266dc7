import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { ResolveForm } from "./ResolveForm";
import { escalation } from "./testData";

function renderForm(reply: () => Response) {
  const fake = fakeGateway(reply);
  const onChanged = vi.fn();
  render(
    <SessionProvider value={session(["executive"], fake)}>
      <ResolveForm escalation={escalation({ status: "mitigated", version: 9 })} onChanged={onChanged} />
    </SessionProvider>,
  );
  return { fake, onChanged };
}

function fillRootCause() {
  fireEvent.change(screen.getByLabelText("Root-cause category"), { target: { value: "capacity" } });
  fireEvent.change(screen.getByLabelText("What caused it"), { target: { value: "Engineers pulled to another engagement" } });
  fireEvent.change(screen.getByLabelText("Corrective actions"), { target: { value: "Engineers returned" } });
  fireEvent.change(screen.getByLabelText("Preventive actions"), { target: { value: "Staffing locked until go-live" } });
  fireEvent.change(screen.getByLabelText("Resolution note"), { target: { value: "Go-live done" } });
  fireEvent.click(screen.getByRole("button", { name: "Resolve" }));
}

describe("ResolveForm", () => {
  it("resolves with the root cause, based on the version shown", async () => {
    const { fake, onChanged } = renderForm(() => answer(200, escalation({ status: "resolved", version: 10 })));
    fillRootCause();
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    const request = fake.requests[0];
    expect(request.url).toBe(`http://localhost/api/escalations/${escalation().id}/transitions`);
    expect(request.headers.get("If-Match")).toBe('"9"');
    expect(await request.json()).toEqual({
      to: "resolved",
      note: "Go-live done",
      rootCause: {
        category: "capacity",
        description: "Engineers pulled to another engagement",
        correctiveActions: "Engineers returned",
        preventiveActions: "Staffing locked until go-live",
      },
    });
  });

  it("shows a root-cause field error directly after its input", async () => {
    const { onChanged } = renderForm(() =>
      answer(400, {
        type: "https://adeplatform.io/problems/validation",
        title: "Invalid request",
        status: 400,
        detail: "the request has invalid fields",
        errors: [{ field: "rootCause.description", message: "must match \"\\S\"" }],
      }),
    );
    fillRootCause();
    const error = await screen.findByText('must match "\\S"');
    expect(error.previousElementSibling).toBe(screen.getByLabelText("What caused it"));
    expect(screen.getByText("the request has invalid fields")).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("explains a 412 and reloads the escalation on request", async () => {
    const { onChanged } = renderForm(() =>
      answer(412, { type: "https://adeplatform.io/problems/precondition-failed", title: "Precondition failed", status: 412 }),
    );
    fillRootCause();
    expect((await screen.findByRole("alert")).textContent).toMatch(/Someone changed this item after you loaded it/);
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(onChanged).toHaveBeenCalledOnce();
  });
});
