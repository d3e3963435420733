// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { EntryBody } from "./EntryBody";

export type Entry = {
  id: string;
  createdAt: string;
  updatedAt: string;
  localDate: string;
  utcOffsetMinutes: number;
  people: Array<string>;
  tags: Array<string>;
  body: EntryBody;
};
