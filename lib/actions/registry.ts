import type { ActionDefinition } from "./core";

/**
 * Every action registers itself here when its module loads, so tests can enumerate them all
 * (e.g. the authorization matrix calls each one as each role).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const registry = new Map<string, ActionDefinition<any, any>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerAction(def: ActionDefinition<any, any>): void {
  registry.set(def.name, def);
}

export function registeredActions() {
  return [...registry.values()];
}
