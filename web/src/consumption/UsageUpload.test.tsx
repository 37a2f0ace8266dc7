import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { fakeGateway, session } from "../test/fixtures";
import { UsageUpload } from "./UsageUpload";

/** Stands in for XMLHttpRequest: records the request, and lets a test report progress and answer. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = "";
  responseHeaders = "";
  aborted = false;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  respond(status: number, body: unknown, type = status >= 400 ? "application/problem+json" : "application/json") {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.responseHeaders = `content-type: ${type}\r\n`;
    this.onload?.();
  }
}

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const CSV = "date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency\n";

function renderUpload() {
  const onUploaded = vi.fn();
  // Every call of this component goes through XHR; a fetch reaching the gateway would be a mistake.
  const gateway = fakeGateway(() => {
    throw new Error("the upload must not use fetch");
  });
  render(
    <SessionProvider value={session(["delivery-manager"], gateway)}>
      <UsageUpload onUploaded={onUploaded} />
    </SessionProvider>,
  );
  return { onUploaded };
}

async function chooseAndUpload(file = new File([CSV + "x".repeat(190)], "export.csv", { type: "application/vnd.ms-excel" })) {
  fireEvent.change(screen.getByLabelText("Cost export (CSV)"), { target: { files: [file] } });
  fireEvent.click(screen.getByRole("button", { name: "Upload" }));
  await vi.waitFor(() => expect(FakeXhr.last?.body).toBeDefined());
  return { xhr: FakeXhr.last!, file };
}

describe("UsageUpload", () => {
  it("sends the file itself as text/csv with the token, and shows how much is sent", async () => {
    renderUpload();
    const { xhr, file } = await chooseAndUpload();
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("http://localhost/api/consumption/usage");
    expect(xhr.headers["content-type"]).toBe("text/csv");
    expect(xhr.headers.authorization).toBe("Bearer test-token");
    expect(xhr.body).toBe(file);

    xhr.progress(64, 256);
    const bar = screen.getByRole("progressbar", { name: "Upload progress" }) as HTMLProgressElement;
    expect(bar.value).toBe(64);
    expect(bar.max).toBe(256);
    expect(screen.getByText(/25 % sent/)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Uploading…");

    xhr.progress(256, 256);
    expect(screen.getByRole("status").textContent).toMatch(/Sent. The service is storing/);
    expect(screen.getByRole("button", { name: "Upload" })).toHaveProperty("disabled", true);
  });

  it("shows what was stored and each rejected line with its reason", async () => {
    const { onUploaded } = renderUpload();
    const { xhr } = await chooseAndUpload();
    xhr.respond(200, {
      uploadId: "5b7c0d3e-1111-4222-8333-944455566677",
      format: "focus",
      accepted: 1200,
      duplicates: 3,
      updated: 1,
      rejected: 2,
      rejections: [
        { line: 3, reason: "unknown subscription sub-404" },
        { line: 7, reason: "cost is not a number: 'twelve'" },
      ],
      fromDate: "2026-11-01",
      toDate: "2026-11-30",
    });
    const table = await screen.findByRole("table", { name: "Rejected lines" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["3", "unknown subscription sub-404"],
      ["7", "cost is not a number: 'twelve'"],
    ]);
    expect(screen.getByText("FOCUS")).toBeTruthy();
    expect(screen.getByText("1200")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(onUploaded).toHaveBeenCalledOnce();
  });

  it("says that only part of the rejected lines is listed when the service cut the list", async () => {
    renderUpload();
    const { xhr } = await chooseAndUpload();
    xhr.respond(200, { format: "native", accepted: 0, rejected: 250, rejections: [{ line: 2, reason: "bad currency" }] });
    expect(await screen.findByText(/The first 1 of 250 rejected lines are listed/)).toBeTruthy();
  });

  it("shows a file refused whole in the service's words, and stores nothing", async () => {
    const { onUploaded } = renderUpload();
    const { xhr } = await chooseAndUpload();
    xhr.respond(400, {
      type: "https://adeplatform.io/problems/validation",
      title: "Invalid request",
      status: 400,
      detail: "line 3: a quoted field is never closed; nothing was stored",
      line: 3,
      errors: [{ field: "line 3", message: "a quoted field is never closed" }],
    });
    expect((await screen.findByRole("alert")).textContent).toBe("line 3: a quoted field is never closed; nothing was stored");
    expect(screen.queryByRole("table")).toBeNull();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it("explains a refusal for the role in words", async () => {
    renderUpload();
    const { xhr } = await chooseAndUpload();
    xhr.respond(403, { title: "Forbidden", status: 403 });
    expect((await screen.findByRole("alert")).textContent).toBe("Your role does not allow this action.");
  });

  it("refuses a file over the upload limit without sending it", async () => {
    renderUpload();
    const file = new File([CSV], "huge.csv");
    Object.defineProperty(file, "size", { value: 2 * 1024 ** 3 });
    fireEvent.change(screen.getByLabelText("Cost export (CSV)"), { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: "Upload" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/huge.csv is 2.0 GB, more than the 1.0 GB an upload may be/);
    expect(FakeXhr.last).toBeUndefined();
  });

  it("cancels an upload in flight", async () => {
    renderUpload();
    const { xhr } = await chooseAndUpload();
    fireEvent.click(screen.getByRole("button", { name: "Cancel upload" }));
    expect(xhr.aborted).toBe(true);
    expect(await screen.findByText("Upload cancelled: nothing was stored.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says the service could not be reached when the connection fails", async () => {
    renderUpload();
    const { xhr } = await chooseAndUpload();
    act(() => xhr.onerror?.());
    expect((await screen.findByRole("alert")).textContent).toMatch(/not answering/);
  });
});
