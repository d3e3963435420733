// The people in the journal, cached while the vault is open.
import { api } from "../api";
import type { Cursor } from "../bindings/Cursor";
import type { Page } from "../bindings/Page";
import type { Person } from "../bindings/Person";
import type { PersonInput } from "../bindings/PersonInput";
import type { PersonPage } from "../bindings/PersonPage";
import { emptyFilter } from "./entries";
import { createStore } from "./store";

export const people = createStore<Person[] | null>(() => null);

/** Loads the list once (or again with `force`). */
export async function loadPeople(force = false): Promise<Person[]> {
  const have = people.get();
  if (have && !force) return have;
  const list = await api.people();
  people.set(sortByName(list));
  return people.get() ?? [];
}

function sortByName(list: Person[]): Person[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: "base" }));
}

export function personById(id: string): Person | undefined {
  return people.get()?.find((p) => p.id === id);
}

export async function addPerson(input: PersonInput): Promise<Person> {
  const p = await api.addPerson(input);
  people.set(sortByName([...(people.get() ?? []), p]));
  return p;
}

export async function updatePerson(id: string, input: PersonInput): Promise<Person> {
  const p = await api.updatePerson(id, input);
  people.set(sortByName((people.get() ?? []).map((x) => (x.id === id ? p : x))));
  return p;
}

/** Removes someone; rejects with kind "Conflict" while entries mention them. */
export async function removePerson(id: string): Promise<void> {
  await api.removePerson(id);
  people.set((people.get() ?? []).filter((x) => x.id !== id));
}

/** A person's page (the journal gathers it): counts, what is still open, newest appreciations and shared moments. */
export function loadPersonPage(id: string): Promise<PersonPage> {
  return api.personPage(id);
}

/** A page of every entry about someone, newest first (the timeline filtered to them). */
export function entriesAbout(person: string, after: Cursor | null, limit: number): Promise<Page> {
  return api.timeline({ filter: { ...emptyFilter(), person }, start: null, after, limit });
}
