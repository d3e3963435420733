// A simple passphrase strength estimate, with advice in words. No external library: it's a nudge, not an audit.

export interface Strength {
  bits: number;
  /** 0 very weak … 4 very strong. */
  level: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** What would make it stronger, in plain words (empty when it's strong). */
  hints: string[];
  /** Strong enough to use for a journal. */
  ok: boolean;
}

const LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;
const COMMON = ["password", "attune", "qwerty", "letmein", "123456", "iloveyou", "journal", "abc123", "welcome"];
export const MIN_BITS = 45;

function charsetSize(s: string): number {
  let n = 0;
  if (/[a-z]/.test(s)) n += 26;
  if (/[A-Z]/.test(s)) n += 26;
  if (/[0-9]/.test(s)) n += 10;
  if (/[^a-zA-Z0-9\s]/.test(s)) n += 32;
  if (/\s/.test(s)) n += 1;
  return Math.max(n, 1);
}

/** Estimates entropy in bits: the smaller of a per-character and a per-word estimate, less for repeats and patterns. */
export function estimateStrength(pass: string): Strength {
  const hints: string[] = [];
  if (pass.length === 0) return { bits: 0, level: 0, label: LABELS[0], hints: ["Try a short sentence only you would think of."], ok: false };

  // Repeated characters add little: count each run of the same character once, plus a bit.
  const squeezed = pass.replace(/(.)\1+/g, "$1");
  const unique = new Set(pass.toLowerCase()).size;
  let bits = squeezed.length * Math.log2(charsetSize(pass));
  if (unique < pass.length / 2) bits *= 0.6;

  const words = pass.trim().split(/[\s\-_.]+/).filter((w) => w.length > 0);
  if (words.length >= 2) bits = Math.min(bits, words.length * 12.5 + charsetBonus(pass));

  const lower = pass.toLowerCase();
  if (COMMON.some((c) => lower.includes(c))) {
    bits = Math.min(bits, 20);
    hints.push("Leave out common words like “password” — they're the first ones guessed.");
  }
  if (/(0123|1234|2345|3456|4567|5678|6789|abcd|bcde|qwer|asdf)/i.test(pass)) {
    bits -= 10;
    hints.push("Skip runs like 1234 or abcd.");
  }
  if (pass.length !== squeezed.length && squeezed.length < pass.length * 0.7) {
    hints.push("Repeating the same character doesn't add much.");
  }

  bits = Math.max(0, Math.round(bits));
  const level = (bits < 28 ? 0 : bits < MIN_BITS ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4) as Strength["level"];
  if (level < 3) {
    if (words.length < 4) hints.push("A few more unrelated words would make it much stronger.");
    else hints.push("One more unusual word, or a word from another language, would help.");
    if (pass.length < 16) hints.push("Longer is better than complicated: aim for 16 characters or more.");
  }
  return { bits, level, label: LABELS[level], hints: level >= 3 ? [] : hints, ok: bits >= MIN_BITS };
}

function charsetBonus(pass: string): number {
  return (/[A-Z]/.test(pass) ? 2 : 0) + (/[0-9]/.test(pass) ? 2 : 0) + (/[^a-zA-Z0-9\s]/.test(pass) ? 2 : 0);
}
