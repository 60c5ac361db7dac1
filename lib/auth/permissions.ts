/**
 * THE permission table (DESIGN.md §4). Pages, the action wrapper and proxy.ts all read it;
 * nothing else decides who may do what. A role grants a set of permissions; a user may hold
 * several staff roles. Patients hold the single role "patient" and reach only their own records
 * (patient scope is applied in SQL by lib/data).
 */
export const STAFF_ROLES = ["admin", "clinician", "front_desk"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | "patient";

export const PERMISSIONS = [
  "clinic.dashboard", // the staff home
  "patient.search",
  "patient.demographics.read",
  "patient.demographics.write",
  "patient.portal.invite",
  "chart.clinical.read", // note text, exam findings, red-flag answers
  "chart.clinical.write",
  "protocol.manage", // the clinic's treatment-protocol library
  "schedule.read",
  "schedule.write",
  "staff.manage",
  "settings.manage",
  "audit.read",
  "outbox.read",
  "portal.self", // a patient's own portal
  "data.export", // whole-clinic export (every record, clinical content included): the owner's right to leave
  "data.import", // bring a patient's record in from a FHIR bundle
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const FRONT_DESK: Permission[] = [
  "clinic.dashboard",
  "patient.search",
  "patient.demographics.read",
  "patient.demographics.write",
  "patient.portal.invite",
  "schedule.read",
  "schedule.write",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  front_desk: FRONT_DESK,
  clinician: [...FRONT_DESK, "chart.clinical.read", "chart.clinical.write", "protocol.manage"],
  admin: [
    "clinic.dashboard",
    "patient.search",
    "patient.demographics.read",
    "patient.demographics.write",
    "patient.portal.invite",
    "schedule.read",
    "staff.manage",
    "settings.manage",
    "audit.read",
    "outbox.read",
    "protocol.manage",
    "data.export",
    "data.import",
  ],
  patient: ["portal.self"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r]?.includes(permission));
}

/** Route groups: the permission a URL prefix needs. proxy.ts uses it to send signed-out visitors to sign-in. */
export const ROUTE_RULES: { prefix: string; permission: Permission }[] = [
  { prefix: "/admin/audit", permission: "audit.read" },
  { prefix: "/admin/outbox", permission: "outbox.read" },
  { prefix: "/admin/settings", permission: "settings.manage" },
  { prefix: "/admin/scheduling", permission: "settings.manage" },
  { prefix: "/admin/data", permission: "data.export" },
  { prefix: "/admin", permission: "staff.manage" },
  { prefix: "/patients", permission: "patient.search" },
  { prefix: "/protocols", permission: "protocol.manage" },
  { prefix: "/schedule", permission: "schedule.read" },
  { prefix: "/exercises", permission: "chart.clinical.read" },
  { prefix: "/dashboard", permission: "clinic.dashboard" },
  { prefix: "/account", permission: "clinic.dashboard" },
  { prefix: "/portal", permission: "portal.self" },
];

export const PUBLIC_PREFIXES = ["/sign-in", "/forgot-password", "/reset-password", "/invite", "/api/auth", "/api/health", "/api/ical"];

export function routePermission(pathname: string): Permission | null {
  const rule = ROUTE_RULES.find((r) => pathname === r.prefix || pathname.startsWith(r.prefix + "/"));
  return rule?.permission ?? null;
}

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
}

/** Where a signed-in user lands. */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes("patient")) return "/portal";
  if (roles.length === 0) return "/sign-in";
  return "/dashboard";
}
