import { describe, expect, it } from "vitest";
import { canWrite, realmRoles } from "./roles";

function token(payload: object): string {
  const base64Url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return [base64Url('{"alg":"RS256"}'), base64Url(JSON.stringify(payload)), "signature"].join(".");
}

describe("realmRoles", () => {
  it("reads Keycloak's realm_access.roles from the access token", () => {
    expect(realmRoles(token({ realm_access: { roles: ["viewer", "offline_access"] } }))).toEqual(["viewer", "offline_access"]);
  });

  it("reads a payload whose base64url has - and _ and non-ASCII names", () => {
    expect(realmRoles(token({ name: "Zoë ÿ?>", realm_access: { roles: ["finance"] } }))).toEqual(["finance"]);
  });

  it("has no roles for a missing or malformed token", () => {
    expect(realmRoles(undefined)).toEqual([]);
    expect(realmRoles("not-a-jwt")).toEqual([]);
    expect(realmRoles(token({ realm_access: { roles: "admin" } }))).toEqual([]);
  });
});

describe("canWrite", () => {
  it("gives a viewer no write anywhere", () => {
    for (const area of ["customers", "engagements", "escalations", "contracts", "consumption"] as const) {
      expect(canWrite(["viewer"], area)).toBe(false);
    }
  });

  it("follows the platform's role table", () => {
    expect(canWrite(["delivery-manager"], "engagements")).toBe(true);
    expect(canWrite(["delivery-manager"], "contracts")).toBe(false);
    expect(canWrite(["finance"], "engagements")).toBe(false);
    expect(canWrite(["finance"], "contracts")).toBe(true);
    expect(canWrite(["executive"], "customers")).toBe(true);
    expect(canWrite(["admin"], "engagements")).toBe(true);
  });

  it("needs a realm role, not a client role or default role", () => {
    expect(canWrite(["offline_access", "uma_authorization"], "engagements")).toBe(false);
  });
});
