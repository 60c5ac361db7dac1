/** The demo clinic's people (fixed ids so the seed is idempotent). Fictional; no real patient data. */
export const DEMO_PASSWORD = "KineticDemo-2026!";

export const DEMO_STAFF = [
  { id: "00000000-0000-4000-8000-000000000001", email: "owner@kinetic.test", name: "Dr. Maya Okafor", roles: ["admin", "clinician"] as const, discipline: "DC" as const, credentials: "DC", licence: "DC-48213", certifications: ["ART_CERTIFIED"] },
  { id: "00000000-0000-4000-8000-000000000002", email: "pt@kinetic.test", name: "Sam Rivera", roles: ["clinician"] as const, discipline: "PT" as const, credentials: "PT, DPT", licence: "PT-77102", certifications: ["DRY_NEEDLING_SCOPE"] },
  { id: "00000000-0000-4000-8000-000000000003", email: "pta@kinetic.test", name: "Jordan Lee", roles: ["clinician"] as const, discipline: "PTA" as const, credentials: "PTA", licence: "PTA-30981", supervisor: "00000000-0000-4000-8000-000000000002" },
  { id: "00000000-0000-4000-8000-000000000004", email: "lmt@kinetic.test", name: "Ana Kowalski", roles: ["clinician"] as const, discipline: "LMT" as const, credentials: "LMT", licence: "MA-55120" },
  { id: "00000000-0000-4000-8000-000000000005", email: "frontdesk@kinetic.test", name: "Chris Patel", roles: ["front_desk"] as const },
];

/**
 * Three runners with the presentations DOMAIN.md describes; their intakes and exams arrive with
 * the issues that build those parts of the chart.
 */
export const DEMO_PATIENTS = [
  {
    id: "00000000-0000-4000-8000-000000000101", userId: "00000000-0000-4000-8000-000000000201", email: "michele@kinetic.test",
    first: "Michèle", last: "Durand", preferred: null, dob: "1991-04-12", sex: "female" as const, phone: "+1 555 0101",
    referral: "Running club", story: "Marathoner, R SI joint / buttock pain after increasing weekly volume 40→65 km",
  },
  {
    id: "00000000-0000-4000-8000-000000000102", userId: "00000000-0000-4000-8000-000000000202", email: "daniel@kinetic.test",
    first: "Daniel", last: "Osei", preferred: "Dan", dob: "1984-09-30", sex: "male" as const, phone: "+1 555 0102",
    referral: "Physician referral", story: "Trail runner and cyclist, L deep buttock (piriformis) pain after a bike-fit change",
  },
  {
    id: "00000000-0000-4000-8000-000000000103", userId: "00000000-0000-4000-8000-000000000203", email: "priya@kinetic.test",
    first: "Priya", last: "Shah", preferred: null, dob: "1996-01-23", sex: "female" as const, phone: "+1 555 0103",
    referral: "Website", story: "Track athlete, central low-back pain and morning stiffness, worse after speed work",
  },
];
