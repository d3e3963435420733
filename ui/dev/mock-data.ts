// The journal the dev mock backend (mock-backend.ts) starts from: people, entries over the past year, reminders and
// the built-in words. Plain data; mock-backend.ts keeps the state and answers the commands.
import type { Entry } from "../src/bindings/Entry";
import type { Person } from "../src/bindings/Person";
import type { Reminder } from "../src/bindings/Reminder";
import type { Vocabulary } from "../src/bindings/Vocabulary";

/** The n-th made-up id. */
export const uuid = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, "0")}`;

/** A reminder's memory when it is made: nothing fired, nothing snoozed. */
export const fresh = () => ({ lastFired: null, snoozedUntil: null });

/** The reminders set up at the start. */
export const seedReminders = (): Reminder[] => [
  { id: "3f9a01c2", target: { kind: "check_in" }, schedule: { kind: "daily", times: ["08:30:00", "20:00:00"] },
    quiet: { start: "22:00:00", end: "07:00:00" }, skipIfCheckedIn: true, enabled: true, state: fresh() },
  { id: "7b2c9e10", label: "Sunday together", target: { kind: "relationship_check_in" },
    schedule: { kind: "weekly", days: ["Sun"], time: "18:00:00" }, skipIfCheckedIn: false, enabled: true, state: fresh() },
  { id: "c0ffee42", target: { kind: "deck", theme: "childhood" }, schedule: { kind: "every", days: 3, start: "2026-01-05",
    time: "21:00:00" }, skipIfCheckedIn: false, enabled: false, state: fresh() },
];

/** The people in the journal (changed in place by the person commands). */
export const people: Person[] = [
  { id: uuid(1), name: "Sam", relationship: "partner", loveLanguage: "quality_time" },
  { id: uuid(2), name: "Mum", relationship: "family", loveLanguage: "words" },
  { id: uuid(3), name: "Priya", relationship: "friend", loveLanguage: null },
];

/** `offset` days ago (365: a year ago, for On this day) in the morning, as a local date and an instant. */
export function day(offset: number): { localDate: string; createdAt: string } {
  const d = new Date();
  if (offset === 365) d.setFullYear(d.getFullYear() - 1);
  else d.setDate(d.getDate() - offset);
  d.setHours(9 + (offset % 10), 15, 0, 0);
  return { localDate: d.toISOString().slice(0, 10), createdAt: d.toISOString() };
}

function mk(n: number, offset: number, body: Entry["body"], ppl: string[] = [], tags: string[] = []): Entry {
  const t = day(offset);
  return { id: uuid(n), createdAt: t.createdAt, updatedAt: t.createdAt, localDate: t.localDate, utcOffsetMinutes: 60,
    people: ppl, tags, body };
}

/** The entries at the start: one of each kind over the past fortnight, one a year ago, and forty older notes. */
export function seedEntries(): Entry[] {
  const entries: Entry[] = [
    mk(10, 0, { kind: "check_in", pleasantness: 3, energy: -2, feelings: ["content", "grateful"],
      whatsGoingOn: "Slow morning. Coffee on the balcony with Sam before work.", hope: "", concern: "", need: "" }, [uuid(1)]),
    mk(11, 1, { kind: "appreciation", forWhom: uuid(1), what: "Sam picked me up from the station in the rain without being asked.",
      why: "I felt looked after on a day I was running on empty.", loveLanguage: "service", told: true }, [uuid(1)], ["rain"]),
    mk(12, 3, { kind: "conflict", whatHappened: "We argued about the dishes after dinner. I raised my voice.", myFeelings: ["frustrated", "tired"],
      iStatement: { feel: "overwhelmed", when: "the kitchen is left for me", because: "I've had a long day too", need: "us to share it" },
      horsemen: [{ horseman: "criticism", whose: "mine", rewrite: "I'm really tired tonight; could you do the dishes?" }],
      theirPerspective: "Sam was tired too.", myPart: "I started with 'you always'.", repair: "Apologised the next morning.",
      learned: "Ask earlier, before I'm exhausted.", status: "repaired", since: "" }, [uuid(1)], ["home"]),
    mk(13, 6, { kind: "vulnerability", promptId: "childhood-01", prompt: "What is a small moment from childhood when you felt truly safe?",
      answer: "Falling asleep in the back of the car on long drives home, hearing my parents talk quietly.", shared: false }),
    mk(14, 9, { kind: "shared_experience", what: "Walked the coast path together.", meaningful: "No phones. We talked about moving.", closeness: 5 }, [uuid(1)]),
    mk(15, 12, { kind: "note", title: "A thought", text: "<img src=x onerror=alert(1)> should render as plain text." }),
    mk(16, 365, { kind: "check_in", pleasantness: -2, energy: 3, feelings: ["anxious"], whatsGoingOn: "Big presentation today.",
      hope: "", concern: "", need: "" }),
  ];
  for (let i = 0; i < 40; i++) {
    entries.push(mk(200 + i, 20 + i * 3, { kind: "note", title: "", text: `An older note, number ${i + 1}.` }));
  }
  return entries;
}

/** The built-in words, a few of each. */
export const vocabulary: Vocabulary = {
  feelings: [
    { id: "joyful", label: "Joyful", quadrant: "pleasant_high", words: ["excited", "joyful", "hopeful", "playful", "proud"] },
    { id: "connected", label: "Connected", quadrant: "pleasant_high", words: ["loved", "inspired", "energised"] },
    { id: "calm", label: "Calm and content", quadrant: "pleasant_low", words: ["calm", "content", "grateful", "relaxed", "safe"] },
    { id: "tender", label: "Tender", quadrant: "pleasant_low", words: ["tender", "moved", "peaceful"] },
    { id: "stirred", label: "Stirred up", quadrant: "unpleasant_high", words: ["anxious", "frustrated", "angry", "stressed", "jealous"] },
    { id: "hurt", label: "Hurt", quadrant: "unpleasant_low", words: ["sad", "lonely", "tired", "disappointed", "hurt"] },
  ],
  underneath: [{ word: "betrayed", underneath: ["hurt", "sad", "anxious"] }],
  themes: [{ id: "childhood", label: "Childhood memories" }, { id: "hopes", label: "Hopes and dreams" }],
  practices: [
    { id: "self-disclosure", about: "Letting someone know you a little better." },
    { id: "turning toward", about: "Answering someone's small bids for connection." },
  ],
  prompts: [
    { id: "childhood-01", theme: "childhood", text: "What is a small moment from childhood when you felt truly safe?", practises: "self-disclosure", depth: "medium" },
    { id: "hopes-02", theme: "hopes", text: "What's something you'd love to try together in the next year?", practises: "turning toward", depth: "light" },
    { id: "hopes-03", theme: "hopes", text: "When do you feel most understood by the people close to you?", practises: "self-disclosure", depth: "deep" },
  ],
  repairGroups: [{ id: "pause", label: "I need a pause", phrases: ["I need a short break. Can we come back to this in twenty minutes?"] }],
  reachingExplainer: "When someone matters to us, two urges take turns: reaching for them, and pulling back.",
};
