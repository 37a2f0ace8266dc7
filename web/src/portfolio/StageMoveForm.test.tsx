import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, engagement, fakeGateway, session } from "../test/fixtures";
import { StageMoveForm } from "./StageMoveForm";

function renderForm(reply: () => Response) {
  const fake = fakeGateway(reply);
  const onChanged = vi.fn();
  render(
    <SessionProvider value={session(["executive"], fake)}>
      <StageMoveForm engagement={engagement({ stage: "delivery-planning", version: 7 })} onChanged={onChanged} />
    </SessionProvider>,
  );
  return { fake, onChanged };
}

describe("StageMoveForm", () => {
  it("offers only the lifecycle's next and previous stage", () => {
    renderForm(() => answer(200, engagement()));
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual(["Delivery", "Solution development"]);
  });

  it("moves the engagement and lets the page read it again", async () => {
    const { fake, onChanged } = renderForm(() => answer(200, engagement({ stage: "delivery", version: 8 })));
    fireEvent.click(screen.getByRole("button", { name: "Move" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(fake.requests[0].headers.get("If-Match")).toBe('"7"');
  });

  it("shows field errors next to their inputs", async () => {
    renderForm(() =>
      answer(400, {
        type: "https://adeplatform.io/problems/validation",
        title: "Invalid request",
        status: 400,
        detail: "invalid value",
        errors: [{ field: "reason", message: "size must be between 0 and 500" }],
      }),
    );
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "x" } });
    fireEvent.click(screen.getByRole("button", { name: "Move" }));
    const error = await screen.findByText("size must be between 0 and 500");
    // Directly after the reason input, so the message sits beside the field it is about.
    expect(error.previousElementSibling).toBe(screen.getByLabelText("Reason"));
  });

  it("explains a 412 and reloads on request", async () => {
    const { onChanged } = renderForm(() =>
      answer(412, { type: "https://adeplatform.io/problems/precondition-failed", title: "Precondition failed", status: 412 }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Move" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Someone changed this item after you loaded it/);
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(onChanged).toHaveBeenCalledOnce();
  });
});
