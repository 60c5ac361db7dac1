import pino from "pino";

/**
 * Structured JSON logs. Never log PHI: ids, codes and counts only. The redact list is a
 * safety net for fields that must never reach a log even by mistake.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "kinetic-chart" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "email", "*.email", "name", "*.name", "body", "*.body"],
    censor: "[redacted]",
  },
});
