import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { User, UserManager } from "oidc-client-ts";
import { createApi, type Api } from "../api/client";
import { CALLBACK_PATH } from "./oidc";
import { realmRoles } from "./roles";

export interface Session {
  username: string;
  roles: string[];
  api: Api;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in user's session; only components under AuthProvider's signed-in branch may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error("useSession outside a signed-in AuthProvider");
  }
  return session;
}

/** Test seam: a fixed session for components under test. */
export const SessionProvider = SessionContext.Provider;

type Phase = { name: "starting" } | { name: "signed-out"; reason?: string } | { name: "signed-in"; user: User };

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ name: "starting" });

  useEffect(() => {
    let active = true;
    const show = (next: Phase) => {
      if (active) setPhase(next);
    };
    start(manager).then(show, (error: unknown) => show({ name: "signed-out", reason: String(error) }));
    const onLoaded = (user: User) => show({ name: "signed-in", user });
    const onEnded = () => show({ name: "signed-out", reason: "Your session has ended." });
    manager.events.addUserLoaded(onLoaded);
    manager.events.addUserSignedOut(onEnded);
    manager.events.addSilentRenewError(onEnded);
    return () => {
      active = false;
      manager.events.removeUserLoaded(onLoaded);
      manager.events.removeUserSignedOut(onEnded);
      manager.events.removeSilentRenewError(onEnded);
    };
  }, [manager]);

  const user = phase.name === "signed-in" ? phase.user : null;
  const session = useMemo<Session | null>(() => {
    if (!user) return null;
    return {
      username: String(user.profile.preferred_username ?? user.profile.sub),
      roles: realmRoles(user.access_token),
      api: createApi(async () => (await manager.getUser())?.access_token),
      signOut: () => manager.signoutRedirect({ id_token_hint: user.id_token }),
    };
  }, [manager, user]);

  if (phase.name === "starting") {
    return <p className="centered">Signing in…</p>;
  }
  if (!session) {
    return <SignIn reason={phase.name === "signed-out" ? phase.reason : undefined} onSignIn={() => signIn(manager)} />;
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

// A redirect's code can be redeemed once; React's strict mode runs effects twice in development.
const redirectsFinished = new WeakMap<UserManager, Promise<User>>();

function finishRedirect(manager: UserManager): Promise<User> {
  let finished = redirectsFinished.get(manager);
  if (!finished) {
    finished = manager.signinRedirectCallback();
    redirectsFinished.set(manager, finished);
  }
  return finished;
}

/** Finishes a redirect back from Keycloak, or picks up the user this tab already signed in. */
async function start(manager: UserManager): Promise<Phase> {
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await finishRedirect(manager);
    const returnTo = typeof user.state === "string" && user.state.startsWith("/") ? user.state : "/";
    window.history.replaceState(null, "", returnTo);
    return { name: "signed-in", user };
  }
  const user = await manager.getUser();
  if (user && !user.expired) {
    return { name: "signed-in", user };
  }
  if (user?.refresh_token) {
    const renewed = await manager.signinSilent().catch(() => null);
    if (renewed) return { name: "signed-in", user: renewed };
  }
  return { name: "signed-out" };
}

function signIn(manager: UserManager): Promise<void> {
  // Come back to the page the person asked for.
  return manager.signinRedirect({ state: window.location.pathname + window.location.search });
}

function SignIn({ reason, onSignIn }: { reason?: string; onSignIn: () => void }) {
  return (
    <main className="centered sign-in">
      <h1>ADE cockpit</h1>
      {reason && <p role="status">{reason}</p>}
      <button type="button" onClick={onSignIn}>
        Sign in
      </button>
    </main>
  );
}
