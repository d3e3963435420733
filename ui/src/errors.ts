// Helpers for acting on AppError kinds (never on message text).
import { ApiError } from "./api";
import type { ErrorKind } from "./bindings/ErrorKind";

export function isApiError(e: unknown, kind?: ErrorKind): e is ApiError {
  return e instanceof ApiError && (kind === undefined || e.kind === kind);
}

/** The journal's words about a field ("choose a time that hasn't passed yet") as the UI shows them beside it: with a
 * capital letter. */
export function said(message: string): string {
  const m = message.trim();
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** A kind, general sentence for an error, by kind (for Validation, the journal's message, which says what to change). */
export function friendlyError(e: unknown): string {
  if (!(e instanceof ApiError)) return "Something unexpected happened. Your writing is safe; please try again.";
  switch (e.kind) {
    case "WrongPassphrase":
      return "That passphrase didn't open the journal. Take your time and try again.";
    case "WrongRecoveryKey":
      return "That recovery key didn't work. Check each group of characters and try again.";
    case "Locked":
      return "The journal is locked. Unlock it to carry on.";
    case "Validation":
      // The journal's own words on what is wrong (an unknown status names the choices), for a field the form has
      // no box of its own for.
      return e.message.trim() || "Something in the form needs a second look.";
    case "NotFound":
      return "That isn't here any more.";
    case "Conflict":
      return "That can't be done while other entries depend on it.";
    case "Busy":
      return "The journal is busy in another window. Try again in a moment.";
    case "Io":
      return "The journal couldn't reach its files (is the disk full or read-only?). Nothing was changed.";
    case "NewerVersion":
      return "This journal was written by a newer Attune. Please update Attune to open it.";
    case "Corrupt":
      return "Part of the journal's files looks damaged. Nothing was changed.";
    case "AlreadyExists":
      return "A journal already exists here.";
    case "NotAVault":
      return "There's no journal in that place yet.";
    case "Database":
      return "The journal hit a problem saving that. Nothing was lost; please try again.";
    case "Internal":
      return "Something went wrong inside Attune. Nothing was changed; please try again.";
    case "Cancelled":
      return "That search was stopped because a newer one started.";
  }
}
