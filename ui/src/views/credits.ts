// Credits: the ideas Attune builds on, named and thanked, in our own words (none of their texts are copied).
import { h } from "../dom";
import type { View } from "../router";

interface Credit {
  title: string;
  who: string;
  what: string;
  where: string;
}

const IDEAS: Credit[] = [
  {
    title: "The Mood Meter",
    who: "Marc Brackett and colleagues at the Yale Center for Emotional Intelligence (the RULER approach)",
    what: "Placing a feeling by how pleasant it is and how much energy it has, then finding a precise word for it.",
    where: "The check-in's meter: four quadrants, each with its own families of words.",
  },
  {
    title: "The four horsemen, their antidotes, and repair",
    who: "John Gottman, Julie Schwartz Gottman and the Gottman Institute's research on couples",
    what: "Criticism, contempt, defensiveness and stonewalling as patterns that make hard talks harder; a gentle start, appreciation, taking responsibility and self-soothing as what helps; and the small attempts to repair that keep people close.",
    where: "The conflict reflection, its repair phrases, and the pause for a racing heart.",
  },
  {
    title: "The five love languages",
    who: "Gary Chapman",
    what: "People feel loved in different ways: words, help, gifts, time together and touch.",
    where: "Appreciations, and each person's page.",
  },
  {
    title: "Reaching for closeness and pulling back",
    who: "Attachment research, begun by John Bowlby and Mary Ainsworth and carried on by many since",
    what: "We all look for safety with the people who matter to us, by moving toward them and by stepping back. Attune uses this only to notice moments, never to sort anyone into a type.",
    where: "The reflection on reaching and pulling away, and the deck's questions about closeness.",
  },
  {
    title: "Listening, I-statements and asking questions",
    who: "Long practice in counselling and couples work",
    what: "Saying back what you heard before answering; speaking from your own side (\"I feel… when… because…\"); staying curious about the other person.",
    where: "Listening together, the I-statement builder, and the prompt deck.",
  },
];

export function creditsView(): View {
  const el = h("section", { class: "page credits", testid: "credits" },
    h("h1", {}, "Credits"),
    h("p", { class: "lead" }, "Attune builds on ideas from people who have spent their lives studying feelings and relationships. We're grateful to them. Every prompt, label and explanation in Attune is written in our own words; none of their texts are copied, and none of them have reviewed or endorsed Attune."),
    h("ul", { class: "credit-list" }, IDEAS.map((c) =>
      h("li", { class: "card credit" },
        h("h2", {}, c.title),
        h("p", { class: "credit-who" }, c.who),
        h("p", {}, c.what),
        h("p", { class: "muted" }, `In Attune: ${c.where}`)))),
    h("h2", {}, "Made with"),
    h("p", {}, "Tauri, Rust, SQLCipher and many open-source libraries. Briefs are set in DejaVu Sans and Droid Sans Fallback, embedded under their own free licences."),
    h("p", { class: "muted" }, "Attune is a journal, not therapy, and it never diagnoses or labels anyone."));
  return { el, title: "Credits" };
}
