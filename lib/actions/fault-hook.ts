/**
 * TEST-ONLY fault injection (README "Fault tests"). Inactive unless KC_FAULT_DELAY_MS is set in
 * the server's environment, which nothing in production does: then the named actions
 * (KC_FAULT_ACTIONS, comma-separated action names; all when unset) pause at one point
 * (KC_FAULT_POINT: "before-commit", the default: after the body and its audit row, inside the
 * open transaction; or "after-commit": committed, response not yet sent), announcing the pause
 * on stderr so a test can SIGKILL the process at exactly that moment.
 */
export type FaultPoint = "before-commit" | "after-commit";

export async function faultPause(actionName: string, point: FaultPoint): Promise<void> {
  const ms = Number(process.env.KC_FAULT_DELAY_MS ?? 0);
  if (!(ms > 0)) return;
  if ((process.env.KC_FAULT_POINT ?? "before-commit") !== point) return;
  const only = process.env.KC_FAULT_ACTIONS?.split(",").map((s) => s.trim()).filter(Boolean);
  if (only?.length && !only.includes(actionName)) return;
  process.stderr.write(`kc-fault: pausing ${actionName} ${point} for ${ms} ms\n`);
  await new Promise((resolve) => setTimeout(resolve, ms));
}
