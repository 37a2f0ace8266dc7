// The platform under test and its demo users, and the calls a test makes to prepare data a page then shows. The
// browser itself never uses the password grant: only this set-up does, as a script of the ADE's colleagues would.

export const cockpitUrl = required("ADE_COCKPIT_URL").replace(/\/+$/, "");
export const keycloakRealmUrl = required("ADE_KEYCLOAK_URL").replace(/\/+$/, "");

export const USERS = {
  ada: { username: "ada.exec", password: "ada" },
  dan: { username: "dan.delivery", password: "dan" },
  fiona: { username: "fiona.finance", password: "fiona" },
  victor: { username: "victor.viewer", password: "victor" },
} as const;
export type DemoUser = (typeof USERS)[keyof typeof USERS];

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the browser tests through e2e-tests' CockpitBrowserTest`);
  }
  return value;
}

const tokens = new Map<string, string>();

async function token(user: DemoUser): Promise<string> {
  const cached = tokens.get(user.username);
  if (cached) return cached;
  const response = await fetch(`${keycloakRealmUrl}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: "ade-frontend", ...user }),
  });
  if (!response.ok) throw new Error(`no token for ${user.username}: ${response.status}`);
  const accessToken = ((await response.json()) as { access_token: string }).access_token;
  tokens.set(user.username, accessToken);
  return accessToken;
}

export interface Answer {
  status: number;
  body: any;
  etag: string | null;
}

/** One API call through the gateway as a demo user; JSON in, JSON out. */
export async function call(user: DemoUser, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(cockpitUrl + path, {
    method,
    headers: {
      Authorization: `Bearer ${await token(user)}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, etag: response.headers.get("ETag") };
}

/** A call that must answer `status`; retried for a minute while another service's projection catches up. */
export async function expectCall(status: number, user: DemoUser, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await call(user, method, path, body, headers);
    if (answer.status === status) return answer;
    if (Date.now() > deadline || answer.status >= 500) {
      throw new Error(`${method} ${path} as ${user.username} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A state change with If-Match taken from the item's current ETag. */
export async function transition(user: DemoUser, itemPath: string, body: unknown, transitionsPath = `${itemPath}/transitions`): Promise<Answer> {
  const item = await expectCall(200, user, "GET", itemPath);
  return expectCall(200, user, "POST", transitionsPath, body, { "If-Match": item.etag ?? "" });
}

/** A new customer of ada's, with the given colleagues on its account team. */
export async function customerOfAda(name: string, team: { username: string; role: string }[] = []): Promise<string> {
  const customer = await expectCall(201, USERS.ada, "POST", "/api/customers", {
    name,
    segment: "state-government",
    industry: "transportation",
    region: "us-west",
  });
  for (const member of team) {
    await expectCall(201, USERS.ada, "POST", `/api/customers/${customer.body.id}/account-team`, member);
  }
  return customer.body.id as string;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${new Date().toISOString().slice(11, 19)}-${Math.random().toString(36).slice(2, 6)}`;
}
