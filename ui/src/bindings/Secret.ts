// Hand-written to match the app's `unlock` argument until ts-rs generates this file.
export type Secret = { kind: "passphrase"; value: string } | { kind: "recoveryKey"; value: string };
