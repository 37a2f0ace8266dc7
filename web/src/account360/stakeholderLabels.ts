import type { Stakeholder } from "./stakeholderMap";

type RoleType = NonNullable<Stakeholder["roleType"]>;

const ROLE_LABELS: Record<RoleType, string> = {
  cio: "CIO",
  cto: "CTO",
  ciso: "CISO",
  cfo: "CFO",
  ceo: "CEO",
  "it-director": "IT director",
  "lob-leader": "Line-of-business leader",
  "technology-professional": "Technology professional",
  procurement: "Procurement",
  other: "Other",
};

export function roleLabel(role: RoleType | undefined): string {
  return role ? ROLE_LABELS[role] ?? role : "—";
}

/** "Title, role" for a person, whichever of the two is known. */
export function whoTheyAre(person: Pick<Stakeholder, "title" | "roleType">): string {
  return [person.title, person.roleType && roleLabel(person.roleType)].filter(Boolean).join(", ");
}
