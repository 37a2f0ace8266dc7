// Runtime configuration, read from /config.json when the page loads, so one build serves every environment (local
// platform, k8s): whoever serves the files also serves the config that names its Keycloak.

export interface CockpitConfig {
  /** The OIDC issuer, e.g. http://localhost:8180/realms/ade */
  authority: string;
  /** Keycloak's public client for browsers (authorization code with PKCE) */
  clientId: string;
}

/** Checks the parsed config and names what is missing, so a bad deployment fails with a readable message. */
export function parseConfig(raw: unknown): CockpitConfig {
  const value = (raw ?? {}) as Record<string, unknown>;
  const missing = ["authority", "clientId"].filter((key) => typeof value[key] !== "string" || value[key] === "");
  if (missing.length > 0) {
    throw new Error(`config.json lacks ${missing.join(" and ")}`);
  }
  return { authority: String(value.authority).replace(/\/+$/, ""), clientId: String(value.clientId) };
}

export async function loadConfig(url = "/config.json"): Promise<CockpitConfig> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return parseConfig(await response.json());
}
