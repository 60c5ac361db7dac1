// Stands in for the "server-only" package under vitest (it throws outside Next.js by design).
export {};
