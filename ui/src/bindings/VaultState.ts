// Hand-written to match the app's `vault_status` command until ts-rs generates this file.
export type VaultState = "none" | "locked" | "unlocked";
