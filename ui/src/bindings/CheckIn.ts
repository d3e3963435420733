// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type CheckIn = {
  pleasantness: number;
  energy: number;
  feelings: Array<string>;
  whatsGoingOn: string;
  hope: string;
  concern: string;
  need: string;
};
