import { describe, expect, it } from "vitest";
import { userManagerSettings } from "./oidc";

describe("userManagerSettings", () => {
  const settings = userManagerSettings(
    { authority: "http://localhost:8180/realms/ade", clientId: "ade-frontend" },
    "http://localhost:5173",
    window.sessionStorage,
  );

  it("signs in with the authorization code flow of the public client, back to this origin", () => {
    expect(settings.response_type).toBe("code");
    expect(settings.client_id).toBe("ade-frontend");
    expect(settings.redirect_uri).toBe("http://localhost:5173/auth/callback");
    expect(settings.post_logout_redirect_uri).toBe("http://localhost:5173/");
    expect(settings).not.toHaveProperty("client_secret");
    expect(settings.disablePKCE).toBeUndefined();
  });

  it("renews tokens silently before they expire", () => {
    expect(settings.automaticSilentRenew).toBe(true);
    expect(settings.silent_redirect_uri).toBe("http://localhost:5173/auth/silent-callback");
  });
});
