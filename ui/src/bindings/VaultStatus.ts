// Hand-written to match the app's `vault_status` command until ts-rs generates this file.
import type { VaultState } from "./VaultState";

export type VaultStatus = { state: VaultState; vaultDir: string };
