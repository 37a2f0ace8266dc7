import { NavLink, Outlet } from "react-router-dom";
import { useSession } from "../auth/AuthProvider";

export function Layout() {
  const { username, roles, signOut } = useSession();
  const shownRoles = roles.filter((role) => ["executive", "delivery-manager", "finance", "viewer", "admin"].includes(role));
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">ADE cockpit</span>
        <nav aria-label="Main">
          <NavLink to="/portfolio">My portfolio</NavLink>
          <NavLink to="/outlook">Outlook</NavLink>
          <NavLink to="/accounts">Account 360</NavLink>
          <NavLink to="/consumption">Consumption</NavLink>
          <NavLink to="/escalations">Escalations</NavLink>
          <NavLink to="/billing">Billing</NavLink>
        </nav>
        <span className="user">
          {username}
          {shownRoles.length > 0 && <span className="roles"> ({shownRoles.join(", ")})</span>}
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
