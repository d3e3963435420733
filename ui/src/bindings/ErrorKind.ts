// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type ErrorKind =
  | "WrongPassphrase"
  | "WrongRecoveryKey"
  | "NotAVault"
  | "AlreadyExists"
  | "Corrupt"
  | "NewerVersion"
  | "Locked"
  | "Validation"
  | "NotFound"
  | "Conflict"
  | "Busy"
  | "Io"
  | "Database";
