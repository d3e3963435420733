// The run's journal through the CLI, and the generated journal of 2,000 entries brought into it (04-volume,
// 07-people, 12-check-in share it; a second import of the same file adds nothing, so each file can ask for it).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { env, runState, vaultDir } from "./harness.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
/** The `attune` CLI built beside the app. */
export const cli = process.env.ATTUNE_E2E_CLI || path.join(path.dirname(env.app), "attune");
/** How many entries the generated journal holds. */
export const VOLUME_ENTRIES = 2000;
/** The passphrase a file run alone gives the journal it makes. */
const ALONE_PASSPHRASE = "four quiet lanterns by the river";

/** `attune ARGS` on the run's journal, unlocked with `passphrase`; returns stdout. */
export function cliWith(passphrase) {
  return (...args) => execFileSync(cli, args, {
    encoding: "utf8",
    env: { ...process.env, ATTUNE_VAULT: vaultDir, ATTUNE_PASSPHRASE: passphrase },
  });
}

/**
 * The run's journal with the generated 2,000 entries in it: in a full run an earlier file has made the journal (its
 * passphrase is in the run state); a file run alone (ATTUNE_E2E_ONLY) makes one here. Returns the passphrase and
 * `attune(...args)` for that journal.
 */
export function journalWithVolume() {
  let passphrase = runState().passphrase;
  if (!passphrase) {
    passphrase = ALONE_PASSPHRASE;
    cliWith(passphrase)("init");
    runState({ passphrase });
  }
  const attune = cliWith(passphrase);
  const json = path.join(env.root, "volume.json");
  if (!fs.existsSync(json)) {
    execFileSync("node", [path.join(here, "../../bench/lib/generate.mjs"), String(VOLUME_ENTRIES), json], { stdio: "ignore" });
  }
  attune("import", json);
  return { passphrase, attune };
}
