// Hand-written to match the app's "navigate" event payload until ts-rs generates this file.
export type NavigatePayload = {
  flow: "check_in" | "appreciation" | "conflict" | "vulnerability" | "shared_experience" | "note" | "today";
};
