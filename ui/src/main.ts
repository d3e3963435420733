// Entry point. The mock backend is only ever loaded in `--mode mock` builds (Vite drops this branch otherwise).
import { start, wire } from "./app";

async function boot(): Promise<void> {
  // Where a start's time goes, read by `make bench` (tests/bench/lib/in-page.mjs): marks hold no journal content.
  performance.mark("attune:script");
  if (import.meta.env.MODE === "mock") {
    const mock = await import("../dev/mock-backend");
    mock.installMockBackend();
  }
  wire();
  await start();
}

void boot();
