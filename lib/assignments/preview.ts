/**
 * The teacher's view of an assignment, as lib/server/assignments/authoring.ts returns it: plain
 * objects (dates as Date). Keys included: never for students.
 */
import type { AssignmentMode, Blueprint } from "./blueprint";
import type { AssignmentSettings } from "./settings";
import type { Explanation, Family, Format, MatchingItems, Option } from "../questions/types";

export type AssignmentStatus = "draft" | "published";

/** One question as the teacher previews it: everything, key included. Never for students. */
export interface PreviewQuestion {
  /** AssignmentQuestion id. */
  rowId: string;
  position: number;
  /** The generator's question id (lib/questions ids.ts). */
  questionId: string;
  family: Family;
  format: Format;
  prompt: string;
  options?: Option[];
  matching?: MatchingItems;
  inputHint?: string;
  /** The key in words (describeAnswer). */
  answer: string;
  /** Orderings and matchings: the key as a list. */
  answerList?: string[];
  /** Plausible wrong answers (for choice formats: the wrong options). */
  distractors: string[];
  explanation: Explanation;
  eventIds: string[];
  factIds: string[];
  withdrawnAt: Date | null;
}

export interface AssignmentPreview {
  id: string;
  classroomId: string;
  className: string;
  status: AssignmentStatus;
  mode: AssignmentMode;
  blueprint: Blueprint;
  settings: AssignmentSettings;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The blueprint's events with their names (for the summary). */
  events: { id: string; name: string }[];
  questions: PreviewQuestion[];
}

/** A class's assignment as the class page lists it (teacher view). */
export interface ClassAssignmentSummary {
  id: string;
  title: string;
  status: AssignmentStatus;
  mode: AssignmentMode;
  /** Questions per attempt (blueprint.count). */
  questionsPerAttempt: number;
  /** Frozen questions not withdrawn (the set, or the drawn pool). */
  questionCount: number;
  opensAt: Date | null;
  dueAt: Date | null;
  timeZone: string;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  /** /classes/<classId>/assignments/<id> */
  href: string;
}

