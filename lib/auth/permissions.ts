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
  { prefix: "/bench-floor", permission: "clinic.dashboard" },
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

/**
 * What each page and route handler of app/ needs, by its route pattern (folders, route groups
 * left out). "public": anyone; "signed_out": the sign-in page (a signed-in visitor is sent home);
 * "home": the root, which always redirects; "signed_in": any signed-in person; "clinical_or_self":
 * staff with chart.clinical.read, or a patient for their own record only. A pattern whose
 * path contains [patientId] (or, in the portal, a patient's own record id) is also patient-scoped.
 * The authorization matrix (tests/http) reads the app folder and fails on a page or handler that
 * is missing here, then checks every role against what this table says.
 */
export type PageAccess = Permission | "public" | "signed_out" | "home" | "signed_in" | "clinical_or_self";

export const PAGE_RULES: Record<string, PageAccess> = {
  "/": "home",
  "/sign-in": "signed_out",
  "/forgot-password": "public",
  "/reset-password/[token]": "public",
  "/invite/[token]": "public",
  "/dashboard": "clinic.dashboard",
  "/account/security": "clinic.dashboard",
  // the benchmark's reference pages (npm run bench): a static page and a one-query clinic page
  "/bare": "public",
  "/bench-floor": "clinic.dashboard",
  "/admin/audit": "audit.read",
  "/admin/outbox": "outbox.read",
  "/admin/settings": "settings.manage",
  "/admin/settings/scope": "settings.manage",
  "/admin/staff": "staff.manage",
  "/admin/staff/new": "staff.manage",
  "/admin/staff/[userId]": "staff.manage",
  "/admin/scheduling": "settings.manage",
  "/admin/data": "data.export",
  "/admin/scheduling/clinicians/[userId]": "settings.manage",
  "/schedule": "schedule.read",
  "/schedule/book": "schedule.write",
  "/schedule/appointments/[appointmentId]": "schedule.read",
  "/schedule/queue": "schedule.read",
  "/schedule/waitlist": "schedule.read",
  "/exercises": "chart.clinical.read",
  "/exercises/new": "chart.clinical.write",
  "/exercises/[exerciseId]": "chart.clinical.read",
  "/patients": "patient.search",
  "/patients/new": "patient.demographics.write",
  "/patients/[patientId]": "patient.demographics.read",
  "/patients/[patientId]/demographics": "patient.demographics.read",
  "/patients/[patientId]/consents": "patient.demographics.read",
  "/patients/[patientId]/exercises": "patient.demographics.read",
  "/patients/[patientId]/documents": "chart.clinical.read",
  "/patients/[patientId]/history": "chart.clinical.read",
  "/patients/[patientId]/intake": "chart.clinical.read",
  "/patients/[patientId]/intake/[intakeId]": "chart.clinical.read",
  "/patients/[patientId]/outcomes": "chart.clinical.read",
  "/patients/[patientId]/visits": "chart.clinical.read",
  "/patients/[patientId]/care-plan": "schedule.read",
  "/patients/[patientId]/care-plan/edit": "chart.clinical.write",
  "/patients/[patientId]/care-plan/book": "schedule.write",
  "/patients/[patientId]/visits/[visitId]": "chart.clinical.read",
  "/patients/[patientId]/visits/[visitId]/exam": "chart.clinical.write",
  "/patients/[patientId]/visits/[visitId]/summary": "chart.clinical.read",
  "/patients/[patientId]/visits/[visitId]/superbill": "chart.clinical.read",
  "/protocols": "protocol.manage",
  "/protocols/new": "protocol.manage",
  "/protocols/[protocolId]": "protocol.manage",
  "/protocols/[protocolId]/edit": "protocol.manage",
  "/portal": "portal.self",
  "/portal/consents/[consentTextId]": "portal.self",
  "/portal/exercises": "portal.self",
  "/portal/exercises/handout": "portal.self",
  "/portal/intake/[intakeId]": "portal.self",
  "/portal/outcomes": "portal.self",
  "/portal/outcomes/[responseId]": "portal.self",
  "/portal/appointments": "portal.self",
};

/** Route handlers under app/api, by "METHOD pattern". */
export const API_RULES: Record<string, PageAccess> = {
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  "GET /api/health": "public",
  // the benchmark's statement counter: a 404 unless the server runs with KC_COUNT_SQL=1
  "GET /api/bench/sql-count": "public",
  // a calendar feed: the secret token in the URL is the credential (an unknown one is a 404)
  "GET /api/ical/[token]": "public",
  "GET /api/exercises/images/[imageId]": "signed_in",
  "POST /api/exercises/images": "chart.clinical.write",
  "POST /api/patients/[patientId]/documents": "chart.clinical.write",
  "GET /api/fhir/Patient/[id]/[op]": "clinical_or_self",
  "GET /api/fhir/exports/[exportId]": "data.export",
  "POST /api/fhir/import": "data.import",
  "GET /api/patients/[patientId]/documents/[documentId]": "chart.clinical.read",
};

/**
 * Server actions not built with the action wrapper (so not in its registry): Auth.js's own sign-in
 * and sign-out, which anyone may call. Keyed "file#export" as Next's action manifest names them.
 */
export const UNWRAPPED_ACTIONS: Record<string, PageAccess> = {
  "lib/actions/session.ts#signInAction": "public",
  "lib/actions/session.ts#signOutAction": "public",
  // the second sign-in step: the challenge token from a right password is its credential
  "lib/actions/session.ts#secondFactorAction": "public",
};
