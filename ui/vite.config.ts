/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import pkg from "./package.json";

// The mock backend (dev/mock-backend.ts) is only wired in with `--mode mock`; production builds never contain it.
export default defineConfig(({ mode }) => ({
  clearScreen: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
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
