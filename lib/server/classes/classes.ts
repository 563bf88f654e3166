/**
 * A teacher's classes: create (with a fresh join code), rename, archive and
 * unarchive, list, read one, its roster and its assignments, remove a student.
 * Every function takes the teacher's id and finds only that teacher's
 * classes: another teacher's class is "not found" (404), never "forbidden".
 */
import { listClassAssignments as assignmentsOfClass } from "../assignments/authoring";
import { randomInt as cryptoRandomInt } from "node:crypto";
import { visibleEmail } from "../../accounts/identity";
import { generateJoinCode, type RandomInt } from "../../classes/join-code";
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { ClassError, classMessages } from "./errors";

export const serverRandomInt: RandomInt = (bound) => cryptoRandomInt(bound);

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  createdAt: Date;
  /** Current members (removed students not counted). */
  memberCount: number;
}

export interface RosterEntry {
  userId: string;
  name: string;
  /** As the student typed it; null for email-only students. */
  username: string | null;
  /** Null when the student has no email of their own (a synthetic one is never shown). */
  email: string | null;
  joinedAt: Date;
  /** A teacher resets the password only of students without an email. */
  canResetPassword: boolean;
}

import type { ClassAssignmentSummary } from "../../assignments/preview";

export type { ClassAssignmentSummary };

const summarySelect = {
  id: true,
  name: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { members: { where: { removedAt: null } } } },
} as const;

type SummaryRow = { id: string; name: string; joinCode: string; archivedAt: Date | null; createdAt: Date; _count: { members: number } };

function summary(row: SummaryRow): ClassSummary {
  return { id: row.id, name: row.name, joinCode: row.joinCode, archivedAt: row.archivedAt, createdAt: row.createdAt, memberCount: row._count.members };
}

async function assertTeacher(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role !== "teacher") throw new ClassError(classMessages.onlyTeachers, 403);
}

/** How many fresh codes to try before giving up: at 26^8 codes even one retry is rare. */
const codeAttempts = 8;

export async function createClass(db: Db, teacherId: string, input: { name: string }, options: { randomInt?: RandomInt } = {}): Promise<ClassSummary> {
  await assertTeacher(db, teacherId);
  const randomInt = options.randomInt ?? serverRandomInt;
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await db.classroom.create({ data: { teacherId, name: input.name, joinCode: generateJoinCode(randomInt) }, select: summarySelect });
      return summary(row);
    } catch (error) {
      const violation = uniqueViolation(error);
      if (violation?.model === "Classroom" && violation.fields.includes("joinCode") && attempt < codeAttempts) continue;
      throw error;
    }
  }
}

/** The teacher's classes, newest first, active before archived. */
export async function listTeacherClasses(db: Db, teacherId: string): Promise<ClassSummary[]> {
  const rows = await db.classroom.findMany({ where: { teacherId }, select: summarySelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  const classes = rows.map(summary);
  return [...classes.filter((c) => !c.archivedAt), ...classes.filter((c) => c.archivedAt)];
}

export async function getTeacherClass(db: Db, teacherId: string, classroomId: string): Promise<ClassSummary> {
  const row = await db.classroom.findFirst({ where: { id: classroomId, teacherId }, select: summarySelect });
  if (!row) throw new ClassError(classMessages.notFound, 404);
  return summary(row);
}

export async function renameClass(db: Db, teacherId: string, classroomId: string, name: string): Promise<ClassSummary> {
  const { count } = await db.classroom.updateMany({ where: { id: classroomId, teacherId }, data: { name } });
  if (count === 0) throw new ClassError(classMessages.notFound, 404);
  return getTeacherClass(db, teacherId, classroomId);
}

/** Archive (keeps all work, refuses new members) or bring back. Archiving an archived class keeps its first date. */
export async function setClassArchived(db: Db, teacherId: string, classroomId: string, archived: boolean, now: Date): Promise<ClassSummary> {
  const current = await getTeacherClass(db, teacherId, classroomId);
  if (archived === (current.archivedAt !== null)) return current;
  await db.classroom.updateMany({ where: { id: classroomId, teacherId }, data: { archivedAt: archived ? now : null } });
  return getTeacherClass(db, teacherId, classroomId);
}

export const archiveClass = (db: Db, teacherId: string, classroomId: string, now: Date) => setClassArchived(db, teacherId, classroomId, true, now);
export const unarchiveClass = (db: Db, teacherId: string, classroomId: string, now: Date) => setClassArchived(db, teacherId, classroomId, false, now);

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en", { sensitivity: "base" });

/** Current members of the teacher's class, by name (sorted in code, so both databases agree). */
export async function roster(db: Db, teacherId: string, classroomId: string): Promise<RosterEntry[]> {
  await getTeacherClass(db, teacherId, classroomId);
  const members = await db.classMember.findMany({
    where: { classroomId, removedAt: null },
    select: { joinedAt: true, user: { select: { id: true, name: true, username: true, displayUsername: true, email: true, role: true } } },
  });
  return members
    .map(({ joinedAt, user }) => {
      const email = visibleEmail(user.email);
      return { userId: user.id, name: user.name, username: user.displayUsername ?? user.username, email, joinedAt, canResetPassword: email === null && user.role === "student" };
    })
    .sort((a, b) => byName(a, b) || a.userId.localeCompare(b.userId));
}

/** Takes the student off the roster; their attempts stay for the record, and they may join again with the code. */
export async function removeStudent(db: Db, teacherId: string, classroomId: string, studentId: string, now: Date): Promise<void> {
  await getTeacherClass(db, teacherId, classroomId);
  const { count } = await db.classMember.updateMany({ where: { classroomId, userId: studentId, removedAt: null }, data: { removedAt: now } });
  if (count === 0) throw new ClassError(classMessages.studentNotFound, 404);
}

/** The class's assignments (drafts and published, not archived), newest first: the authoring list, behind the class check. */
export async function listClassAssignments(db: Db, teacherId: string, classroomId: string): Promise<ClassAssignmentSummary[]> {
  await getTeacherClass(db, teacherId, classroomId);
  return (await assignmentsOfClass(db, teacherId, classroomId)).filter((assignment) => assignment.archivedAt === null);
}
