// A realistic journal as Attune's JSON export, for `attune import`: the same shape as the journal benchmark's
// generated journals (journal/benches/support/mod.rs), written in JavaScript so the app benchmark needs no extra Rust
// target. Mixed kinds (check-ins 30%, appreciations 20%, conflicts, vulnerability answers, shared experiences 10% each,
// notes 20%), 50–500 words each from a 50,000-word vocabulary with Zipf weights (rank r has weight 1/r), four people,
// up to two tags, one to three feeling words. Seeded: two runs write the same file.
//
//   node tests/bench/lib/generate.mjs COUNT OUT.json   # prints {"rare": [...], "common": [...]} words to search for

import fs from "node:fs";

/** Bumped whenever the generated journal changes, so a cached vault built from an older one is rebuilt. */
export const GENERATOR_VERSION = 1;

const COMMON = [
  "the", "and", "i", "to", "a", "we", "it", "was", "of", "that", "my", "me", "in", "you", "felt", "so", "but", "for",
  "with", "had", "about", "when", "just", "they", "she", "he", "really", "today", "time", "home", "after", "talked",
  "dinner", "work", "tired", "walk", "together", "again", "little", "long", "morning", "evening", "call", "laughed",
  "quiet", "kitchen", "week", "weekend", "sorry", "thanks", "listened", "garden", "coffee", "tea", "rain", "sun",
];
const SYLLABLES = [
  "ka", "lo", "mi", "ren", "to", "sa", "vel", "mar", "din", "po", "que", "ral", "so", "ti", "ber", "nu", "fa", "gor",
  "el", "wy", "zan", "ha", "pri", "dol",
];
const TAGS = ["work", "home", "family", "weekend", "health", "money", "travel", "friends", "kids", "sleep"];
const FEELINGS = [
  "joyful", "happy", "glad", "calm", "content", "relaxed", "grateful", "hopeful", "loved", "safe", "tired", "sad",
  "lonely", "hurt", "anxious", "worried", "frustrated", "angry", "ashamed", "overwhelmed", "excited", "curious",
  "proud", "disappointed", "confused", "nervous", "peaceful", "tender", "relieved", "restless",
];
const LOVE_LANGUAGES = ["words", "service", "gifts", "quality_time", "touch"];
const HORSEMEN = ["criticism", "contempt", "defensiveness", "stonewalling"];
const OFFSETS = [0, 60, 120, -300, -480, 330];

/** SplitMix64 over BigInt: small, fast enough, seeded. Only shapes test data. */
class Rng {
  constructor(seed) {
    this.s = BigInt.asUintN(64, BigInt(seed));
  }
  nextU64() {
    this.s = BigInt.asUintN(64, this.s + 0x9e3779b97f4a7c15n);
    let z = this.s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  }
  unit() {
    return Number(this.nextU64() >> 11n) / 2 ** 53;
  }
  below(n) {
    return Math.floor(this.unit() * n);
  }
  chance(p) {
    return this.unit() < p;
  }
  pick(items) {
    return items[this.below(items.length)];
  }
}

/** `size` words, most common first; word at rank r (1-based) has weight 1/r. */
export function vocabulary(size = 50_000) {
  const words = [...COMMON];
  const n = SYLLABLES.length;
  for (let i = n; words.length < size; i++) {
    let k = i;
    let w = "";
    while (k > 0) {
      w = SYLLABLES[k % n] + w;
      k = Math.floor(k / n);
    }
    words.push(w);
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 1; r <= words.length; r++) {
    total += 1 / r;
    cumulative[r - 1] = total;
  }
  return { words, cumulative, total };
}

function sample(vocab, rng) {
  const x = rng.unit() * vocab.total;
  let lo = 0;
  let hi = vocab.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo];
}

function sentence(vocab, rng, count) {
  const parts = [];
  for (let i = 0; i < count; i++) {
    parts.push(sample(vocab, rng));
    if (i + 1 < count) parts.push(rng.chance(0.08) ? ", " : " ");
  }
  return parts.join("") + ".";
}

const hex = (n, width) => n.toString(16).padStart(width, "0");

/** A UUIDv7-shaped id from a timestamp and a counter (unique per entry). */
function uuidV7(ms, counter) {
  const t = hex(ms, 12);
  const c = hex(counter, 18);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${c.slice(0, 3)}-${(0x8 | (parseInt(c[3], 16) & 0x3)).toString(16)}${c.slice(4, 7)}-${c.slice(7, 18).padStart(12, "0")}`;
}

function localDate(ms, offsetMinutes) {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function body(rng, vocab, people, words) {
  const feel = () => {
    const f = [];
    for (let i = 0, n = 1 + rng.below(3); i < n; i++) {
      const w = rng.pick(FEELINGS);
      if (!f.includes(w)) f.push(w);
    }
    return f;
  };
  const split = (parts) => {
    const per = Math.max(1, Math.floor(words / parts));
    return Array.from({ length: parts }, () => sentence(vocab, rng, per));
  };
  const k = rng.below(10);
  if (k <= 2) {
    const t = split(4);
    return { kind: "check_in", pleasantness: rng.below(11) - 5, energy: rng.below(11) - 5, feelings: feel(),
      whatsGoingOn: t[0], hope: t[1], concern: t[2], need: t[3] };
  }
  if (k <= 4) {
    const t = split(2);
    return { kind: "appreciation", forWhom: rng.pick(people).id, what: t[0], why: t[1],
      loveLanguage: rng.pick(LOVE_LANGUAGES), told: rng.chance(0.5) };
  }
  if (k === 5) {
    const t = split(5);
    return { kind: "conflict", whatHappened: t[0], myFeelings: feel(),
      iStatement: { feel: "", when: "", because: "", need: "" },
      horsemen: [{ horseman: rng.pick(HORSEMEN), whose: "mine", rewrite: t[1] }],
      theirPerspective: t[2], myPart: t[3], repair: "", learned: t[4], status: "open" };
  }
  if (k === 6) {
    const t = split(2);
    return { kind: "vulnerability", promptId: "", prompt: t[0], answer: t[1], shared: rng.chance(0.3) };
  }
  if (k === 7) {
    const t = split(2);
    return { kind: "shared_experience", what: t[0], meaningful: t[1], closeness: 1 + rng.below(5) };
  }
  return { kind: "note", title: sentence(vocab, rng, 3).slice(0, 100), text: split(1)[0] };
}

/** Writes `count` entries as an export file to `out`; returns words to search for. */
export function generate(count, out, seed = 0xa77e + count) {
  const rng = new Rng(seed);
  const vocab = vocabulary();
  const names = [["Sam", "partner"], ["Ana", "friend"], ["Mum", "family"], ["Jo", "friend"]];
  const people = names.map(([name, relationship], i) => ({
    id: `01900000-0000-7000-8000-${hex(i, 12)}`,
    name,
    relationship,
    loveLanguage: LOVE_LANGUAGES[i % LOVE_LANGUAGES.length],
  }));
  const fd = fs.openSync(out, "w", 0o600);
  const write = (s) => fs.writeSync(fd, s);
  write(`{"format":"attune-journal","formatVersion":1,"schemaVersion":1,"people":${JSON.stringify(people)},"entries":[`);
  let t = Date.UTC(2019, 0, 1, 8, 0, 0);
  let buf = [];
  for (let n = 0; n < count; n++) {
    t += (30 + rng.below(8 * 60)) * 60_000;
    const offset = rng.pick(OFFSETS);
    const words = 50 + rng.below(451);
    const b = body(rng, vocab, people, words);
    const who = b.kind === "appreciation" ? [b.forWhom] : [];
    if (rng.chance(0.5)) {
      const p = rng.pick(people).id;
      if (!who.includes(p)) who.push(p);
    }
    const tags = [];
    for (let i = 0, m = rng.below(3); i < m; i++) {
      const tag = rng.pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }
    const at = new Date(t).toISOString();
    buf.push(JSON.stringify({ id: uuidV7(t, n), createdAt: at, updatedAt: at, localDate: localDate(t, offset),
      utcOffsetMinutes: offset, people: who, tags, body: b }));
    if (buf.length === 1000) {
      write((n + 1 > 1000 ? "," : "") + buf.join(","));
      buf = [];
    }
  }
  if (buf.length) write((count > buf.length ? "," : "") + buf.join(","));
  write("]}\n");
  fs.closeSync(fd);
  // Rare: the made-up words at ranks 20,000–45,000 (a handful to a few dozen entries in 100k).
  // Common: real words near the top of the list (in most entries).
  return {
    rare: [20_000, 30_000, 40_000, 45_000].map((r) => vocab.words[r]),
    common: ["felt", "together", "kitchen", "morning"],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error("usage: generate.mjs COUNT OUT.json");
    process.exit(2);
  }
  console.log(JSON.stringify(generate(Number(count), out)));
}
