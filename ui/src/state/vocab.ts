// The feelings vocabulary and prompt deck, cached while the vault is open.
import { api } from "../api";
import type { FeelingFamily } from "../bindings/FeelingFamily";
import type { FeelingsNear } from "../bindings/FeelingsNear";
import type { Prompt } from "../bindings/Prompt";
import type { Quadrant } from "../bindings/Quadrant";
import type { Vocabulary } from "../bindings/Vocabulary";
import { createStore, onClear } from "./store";

export const vocabulary = createStore<Vocabulary | null>(() => null);

export async function loadVocabulary(): Promise<Vocabulary> {
  const have = vocabulary.get();
  if (have) return have;
  const v = await api.vocabulary();
  if (!v || !Array.isArray(v.feelings)) throw new Error("vocabulary unavailable");
  vocabulary.set(v);
  return v;
}

const near = new Map<string, Promise<FeelingsNear>>();
onClear(() => near.clear());

/** The vocabulary's words for a Mood Meter point, the dozen nearest first (the journal's rule); asked once per point. */
export function feelingsNear(pleasantness: number, energy: number): Promise<FeelingsNear> {
  const key = `${pleasantness},${energy}`;
  let answer = near.get(key);
  if (!answer) {
    answer = api.feelingsNear(pleasantness, energy).then((a) => {
      if (!a || !Array.isArray(a.nearest)) throw new Error("nearest words unavailable");
      return a;
    });
    answer.catch(() => near.delete(key));
    near.set(key, answer);
  }
  return answer;
}

/** Today's prompt from the deck (the journal picks it from the date). */
export function promptOfTheDay(): Promise<Prompt> {
  return api.promptOfTheDay();
}

/** The Mood Meter quadrant of a point; 0 counts as pleasant / high energy, as in the journal. */
export function quadrantOf(pleasantness: number, energy: number): Quadrant {
  if (pleasantness >= 0) return energy >= 0 ? "pleasant_high" : "pleasant_low";
  return energy >= 0 ? "unpleasant_high" : "unpleasant_low";
}

/** The families for a quadrant: its own, then the mixed and in-between words, which fit anywhere on the meter. */
export function familiesIn(v: Vocabulary, q: Quadrant): FeelingFamily[] {
  return [...v.feelings.filter((f) => f.quadrant === q), ...v.feelings.filter((f) => f.quadrant === null)];
}

/** The families with the unpleasant ones first (a conflict's feelings), each group in the vocabulary's order. */
export function unpleasantFirst(families: FeelingFamily[]): FeelingFamily[] {
  const rank = (f: FeelingFamily) => (f.quadrant?.startsWith("unpleasant") ? 0 : 1);
  return [...families].sort((a, b) => rank(a) - rank(b));
}

/** A prompt from the deck other than `notId`, chosen at random. */
export function freshPrompt(v: Vocabulary, notId: string, rand: () => number = Math.random): Prompt | undefined {
  const others = v.prompts.filter((p) => p.id !== notId);
  if (others.length === 0) return undefined;
  return others[Math.floor(rand() * others.length)];
}
