import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { api, ApiError, toAppError } from "./api";

afterEach(() => clearMocks());

describe("api", () => {
  it("passes camelCase argument names that Tauri maps to Rust's snake_case", async () => {
    const seen: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      return null;
    });
    await api.changePassphrase("old", "new one");
    await api.recover("KEY", "fresh");
    await api.unlock({ kind: "recoveryKey", value: "K" });
    expect(seen).toEqual([
      ["change_passphrase", { current: "old", newPassphrase: "new one" }],
      ["recover", { recoveryKey: "KEY", newPassphrase: "fresh" }],
      ["unlock", { secret: { kind: "recoveryKey", value: "K" } }],
    ]);
  });

  it("turns a rejected AppError into a typed ApiError with kind and field", async () => {
    mockIPC(() => {
      throw { kind: "Validation", message: "what: required", field: "what" };
    });
    const err = await api.addEntry({ people: [], tags: [], body: { kind: "note", title: "", text: "" } }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.kind).toBe("Validation");
    expect(err.field).toBe("what");
  });

  it.each([
    ["a plain string", "boom"],
    ["an unknown kind", { kind: "Nope", message: "x" }],
    ["null", null],
  ])("maps %s to kind Io", (_name, raw) => {
    expect(toAppError(raw).kind).toBe("Io");
  });

  it("keeps WrongPassphrase as is", () => {
    expect(toAppError({ kind: "WrongPassphrase", message: "m" }).kind).toBe("WrongPassphrase");
  });
});
