import { UserManager, WebStorageStateStore, type UserManagerSettings } from "oidc-client-ts";
import type { CockpitConfig } from "../config";

export const CALLBACK_PATH = "/auth/callback";
export const SILENT_CALLBACK_PATH = "/auth/silent-callback";

/**
 * Authorization code with PKCE against Keycloak's public client (oidc-client-ts always sends a S256 challenge for
 * the code flow); never the password grant. Tokens renew in the background before they expire, with the refresh
 * token Keycloak issues, or in a hidden frame on SILENT_CALLBACK_PATH when there is none.
 */
export function userManagerSettings(config: CockpitConfig, origin: string, storage: Storage): UserManagerSettings {
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    silent_redirect_uri: origin + SILENT_CALLBACK_PATH,
    post_logout_redirect_uri: origin + "/",
    response_type: "code",
    scope: "openid",
    automaticSilentRenew: true,
    // Session storage: a token does not outlive the tab, and other sites' scripts cannot read it.
    userStore: new WebStorageStateStore({ store: storage }),
  };
}

export function createUserManager(config: CockpitConfig): UserManager {
  return new UserManager(userManagerSettings(config, window.location.origin, window.sessionStorage));
}
