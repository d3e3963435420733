// Entry point. The mock backend is only ever loaded in `--mode mock` builds (Vite drops this branch otherwise).
import { start, wire } from "./app";

async function boot(): Promise<void> {
  if (import.meta.env.MODE === "mock") {
    const mock = await import("../dev/mock-backend");
    mock.installMockBackend();
  }
  wire();
  await start();
}

void boot();
