import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, session } from "../test/fixtures";
import { SteeringMeetingForm } from "./SteeringMeetingForm";
import { ENGAGEMENT_ID, engagementGateway, raidItem } from "./testGateway";

function renderForm(onWrite?: () => Response) {
  const gateway = engagementGateway({ onWrite });
  const onChanged = vi.fn();
  render(
    <SessionProvider value={session(["executive"], gateway)}>
      <SteeringMeetingForm
        engagementId={ENGAGEMENT_ID}
        raidItems={[raidItem(), raidItem({ id: "r2", title: "Old assumption", type: "assumption", status: "closed" })]}
        onChanged={onChanged}
      />
    </SessionProvider>,
  );
  return { gateway, onChanged, form: screen.getByRole("form", { name: "Record a steering meeting" }) };
}

describe("SteeringMeetingForm", () => {
  it("records a decision that closes a RAID entry and an action, then lets the page read again", async () => {
    const { gateway, onChanged, form } = renderForm();
    fireEvent.change(within(form).getByLabelText("Meeting date"), { target: { value: "2026-05-10" } });
    fireEvent.change(within(form).getByLabelText("Attendees (one per line)"), { target: { value: "Jane Doe (CIO)\nada.exec" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add a decision" }));
    fireEvent.change(within(form).getByLabelText("Decision"), { target: { value: "Accept the vendor's new date" } });
    fireEvent.change(within(form).getByLabelText("Effect on RAID entries"), { target: { value: "close" } });
    const entries = within(form).getByLabelText("RAID entries it settles") as HTMLSelectElement;
    // Closed entries are not offered: a decision settles what is still open.
    expect([...entries.options].map((o) => o.textContent)).toEqual(["Vendor may deliver late"]);
    entries.options[0].selected = true;
    fireEvent.change(entries);
    fireEvent.click(within(form).getByRole("button", { name: "Add an action" }));
    fireEvent.change(within(form).getByLabelText("Action"), { target: { value: "Send revised plan" } });
    fireEvent.change(within(form).getByLabelText("Owner"), { target: { value: "dan.delivery" } });
    fireEvent.change(within(form).getByLabelText("Due date"), { target: { value: "2026-05-20" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record meeting" }));

    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    const [post] = gateway.requests;
    expect(new URL(post.url).pathname).toBe(`/api/engagements/${ENGAGEMENT_ID}/steering-meetings`);
    expect(await post.json()).toEqual({
      date: "2026-05-10",
      attendees: ["Jane Doe (CIO)", "ada.exec"],
      decisions: [{ text: "Accept the vendor's new date", effect: "close", raidItemIds: ["r1"] }],
      actions: [{ title: "Send revised plan", owner: "dan.delivery", dueDate: "2026-05-20" }],
    });
  });

  it("shows a field error of an action row beside its input and keeps the form", async () => {
    const { form, onChanged } = renderForm(() =>
      answer(400, {
        type: "https://adeplatform.io/problems/validation",
        title: "Invalid request",
        status: 400,
        detail: "invalid value",
        errors: [{ field: "actions[0].owner", message: "must not be blank" }],
      }),
    );
    fireEvent.click(within(form).getByRole("button", { name: "Add an action" }));
    fireEvent.submit(form);
    const error = await within(form).findByText("must not be blank");
    expect(error.previousElementSibling).toBe(within(form).getByLabelText("Owner"));
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("removes an added row", () => {
    const { form } = renderForm();
    fireEvent.click(within(form).getByRole("button", { name: "Add a decision" }));
    fireEvent.click(within(form).getByRole("button", { name: "Remove decision 1" }));
    expect(within(form).queryByLabelText("Decision")).toBeNull();
  });
});
