// The navigation of each role. A route joins the menu here when it exists.
export type NavItem = { to: string; labelKey: string; end?: boolean; adminOnly?: boolean };

export const participantNav: NavItem[] = [
  { to: "/", labelKey: "nav.myWeek", end: true },
  { to: "/modules", labelKey: "nav.modules" },
  { to: "/challenges", labelKey: "nav.challenges" },
  { to: "/journal", labelKey: "nav.journal" },
  { to: "/partner", labelKey: "nav.partner" },
  { to: "/gatherings", labelKey: "nav.gatherings" },
  { to: "/self-assessment", labelKey: "instruments.nav.selfAssessment" },
];

export const ownerNav: NavItem[] = [
  { to: "/admin", labelKey: "nav.cohorts", end: true },
  { to: "/admin/cohorts/new", labelKey: "nav.newCohort" },
  { to: "/admin/organisations", labelKey: "nav.organisations", adminOnly: true },
  { to: "/admin/outbox", labelKey: "nav.outbox", adminOnly: true },
  { to: "/admin/audit", labelKey: "nav.audit", adminOnly: true },
  { to: "/admin/users", labelKey: "adminArea.users.title", adminOnly: true },
];
