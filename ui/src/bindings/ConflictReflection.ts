// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { ConflictStatus } from "./ConflictStatus";
import type { HorsemanNote } from "./HorsemanNote";
import type { IStatement } from "./IStatement";

export type ConflictReflection = {
  whatHappened: string;
  myFeelings: Array<string>;
  iStatement: IStatement;
  horsemen: Array<HorsemanNote>;
  theirPerspective: string;
  myPart: string;
  repair: string;
  learned: string;
  status: ConflictStatus;
};
