/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";

// One version for everything: the workspace's ([workspace.package] in ../Cargo.toml), which `attune --version`, the
// packages and the AppStream metainfo show too. The About screen shows it.
const cargoToml = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const appVersion = /^\[workspace\.package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(cargoToml)?.[1];
if (!appVersion) throw new Error("no version in [workspace.package] of ../Cargo.toml");

// The mock backend (dev/mock-backend.ts) is only wired in with `--mode mock`; production builds never contain it.
export default defineConfig(({ mode }) => ({
  clearScreen: false,
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  server: { port: 1420, strictPort: true },
  build: {
    outDir: mode === "mock" ? "dist-mock" : "dist",
    target: "safari14",
    sourcemap: false,
    // Never inline assets as data: URLs: the app's CSP (style-src 'self') would block them.
    assetsInlineLimit: 0,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts", "dev/**/*.test.ts"],
    restoreMocks: true,
  },
}));
