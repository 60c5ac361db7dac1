import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "../../db/seed/demo-people";

export const PASSWORD = DEMO_PASSWORD;
export const ACCOUNTS = {
  admin: DEMO_STAFF[0].email, // admin + clinician (DC)
  pt: DEMO_STAFF[1].email,
  pta: DEMO_STAFF[2].email,
  lmt: DEMO_STAFF[3].email,
  frontDesk: DEMO_STAFF[4].email,
  patient: DEMO_PATIENTS[0].email,
  otherPatient: DEMO_PATIENTS[1].email,
} as const;
export type AccountName = keyof typeof ACCOUNTS;

export const PATIENT = DEMO_PATIENTS[0];
export const OTHER_PATIENT = DEMO_PATIENTS[1];
export const ADMIN_NAME = DEMO_STAFF[0].name;
export const ADMIN_ID = DEMO_STAFF[0].id;

/** Saved sessions, created once per run by global-setup through the Auth.js endpoints. */
export const stateFile = (name: AccountName) => `e2e/.auth/${name}.json`;
