/** Expected failures: their message is safe to show the user as is. */
export type AppErrorCode =
  | "validation"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "duplicate"
  | "overlap"
  | "session_expired"
  | "rate_limited"
  | "invalid";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  /** plain, PHI-free data the form may use to recover (e.g. alternative slots after an overlap) */
  readonly details?: Record<string, unknown>;
  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Thrown when a draft was saved by someone else since the user opened it. */
export function versionConflict(): AppError {
  return new AppError(
    "conflict",
    "Someone else saved this since you opened it. Your text is kept here: copy it, reload, and apply your changes again.",
  );
}
