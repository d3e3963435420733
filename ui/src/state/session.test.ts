import { afterEach, describe, expect, it } from "vitest";
import type { Notice } from "../bindings/Notice";
import { mockApi, resetMockApi } from "../testing/mockApi";
import { currentNotices, hideNotice, onStatusChange, refreshStatus } from "./session";

afterEach(resetMockApi);

const lost = (n: number): Notice => ({ kind: "RecentChangesLost", message: `${n} recent changes could not be read back.` });

function backend(warnings: Notice[]) {
  mockApi({ vault_status: { state: "unlocked", vaultDir: "/v", warnings } });
}

describe("notices hidden for now", () => {
  it("stay hidden for this run, across a lock and unlock, until the journal says something new", async () => {
    const damaged: Notice = { kind: "RecoverySlotDamaged", message: "The recovery key's part of the key file is damaged." };
    backend([lost(3), damaged]);
    await refreshStatus();
    expect(currentNotices()).toEqual([lost(3), damaged]);

    let told = 0;
    const stop = onStatusChange(() => told++);
    hideNotice(lost(3));
    stop();
    expect(told).toBe(1); // the banner is drawn again at once
    expect(currentNotices()).toEqual([damaged]);

    await refreshStatus(); // unlocking again in the same run
    expect(currentNotices()).toEqual([damaged]);

    backend([lost(5), damaged]); // new damage: a new message, shown again
    await refreshStatus();
    expect(currentNotices()).toEqual([lost(5), damaged]);
  });
});
