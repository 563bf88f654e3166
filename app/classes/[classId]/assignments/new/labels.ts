/** Labels the authoring pages share (plain data: usable from server and client components). */
import type { AssignmentMode } from "@/lib/assignments/blueprint";
import type { LateWork, Reveal } from "@/lib/assignments/settings";
import type { Format } from "@/lib/questions";

export const FORMAT_NAMES: Record<Format, string> = {
  choice: "Multiple choice",
  trueFalse: "True or false",
  shortAnswer: "Typed answer",
  number: "Number",
  date: "Date",
  ordering: "Put in order",
  matching: "Matching",
};

/** The one set of family names (lib/questions/family-labels.ts). */
export { FAMILY_LABELS as FAMILY_NAMES } from "@/lib/questions/family-labels";

export const MODE_NAMES: Record<AssignmentMode, { title: string; hint: string }> = {
  fixed: { title: "One set for everyone", hint: "Every student gets the same questions, in a shuffled order with shuffled options." },
  drawn: { title: "Drawn per student", hint: "Muster freezes a pool of up to three times as many questions; each attempt draws its questions from it." },
};

export const LATE_WORK_NAMES: Record<LateWork, string> = {
  refuse: "Refuse work after the due time",
  accept: "Accept late work and mark it late",
};

export const REVEAL_NAMES: Record<Reveal, string> = {
  afterSubmit: "After they submit",
  afterDue: "After the due time",
  never: "Never",
};
