// What each realm role may change, from the platform's role table (gateway/README.md, "Roles: what each may do").
// The services enforce it; the screen only avoids offering what would be refused.

export type RealmRole = "executive" | "delivery-manager" | "finance" | "viewer" | "admin";

export type WriteArea = "customers" | "engagements" | "escalations" | "contracts" | "consumption";

const WRITERS: Record<WriteArea, readonly RealmRole[]> = {
  customers: ["executive", "admin"],
  engagements: ["executive", "delivery-manager", "admin"],
  escalations: ["executive", "delivery-manager", "finance", "admin"],
  contracts: ["executive", "finance", "admin"],
  consumption: ["executive", "delivery-manager", "finance", "admin"],
};

export function canWrite(roles: readonly string[], area: WriteArea): boolean {
  return WRITERS[area].some((role) => roles.includes(role));
}

/** The realm roles in an access token (Keycloak's realm_access.roles); no signature check: the API does that. */
export function realmRoles(accessToken: string | undefined): string[] {
  const payload = accessToken?.split(".")[1];
  if (!payload) {
    return [];
  }
  try {
    const json = JSON.parse(decodeBase64Url(payload)) as { realm_access?: { roles?: unknown } };
    const roles = json.realm_access?.roles;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === "string") : [];
  } catch {
    return [];
  }
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(segment.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
