/// <reference types="vite/client" />
/** The app version: the workspace's, from ../Cargo.toml, injected at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
