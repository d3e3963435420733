// Hand-written to match the app's `create_vault` command until ts-rs generates this file.
export type CreatedVault = { recoveryKey: string };
