// Hand-written to match src-tauri's AppError until ts-rs generates this file.
import type { ErrorKind } from "./ErrorKind";

export type AppError = { kind: ErrorKind; message: string; field?: string };
