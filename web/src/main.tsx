import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createUserManager, SILENT_CALLBACK_PATH } from "./auth/oidc";
import { loadConfig } from "./config";
import "./styles.css";

async function start() {
  const root = document.getElementById("root")!;
  try {
    const manager = createUserManager(await loadConfig());
    if (window.location.pathname === SILENT_CALLBACK_PATH) {
      // Inside the hidden frame of a silent renewal: hand the answer to the parent page, draw nothing.
      await manager.signinSilentCallback();
      return;
    }
    createRoot(root).render(
      <StrictMode>
        <App manager={manager} />
      </StrictMode>,
    );
  } catch (error) {
    root.textContent = `The cockpit cannot start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
