/**
 * Students and their classes: look a class up by its code, join it (again),
 * and the classes a student is in.
 */
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { ClassError, classMessages } from "./errors";

/** What anyone holding the code may see before joining. */
export interface ClassByCode {
  id: string;
  name: string;
  teacherName: string;
  joinCode: string;
  archived: boolean;
}

export async function findClassByCode(db: Db, code: string): Promise<ClassByCode | null> {
  const row = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true, joinCode: true, archivedAt: true, teacher: { select: { name: true } } } });
  return row && { id: row.id, name: row.name, joinCode: row.joinCode, teacherName: row.teacher.name, archived: row.archivedAt !== null };
}

export type JoinOutcome = { classroom: { id: string; name: string; teacherName: string }; outcome: "joined" | "rejoined" | "already" };

/**
 * `code` is already normalised (lib/classes normaliseJoinCode). Idempotent: a
 * second join (a double click, two tabs) finds the membership. A removed
 * student joins again. Only students join, and never an archived class.
 */
export async function joinClass(db: Db, userId: string, code: string, now: Date): Promise<JoinOutcome> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role !== "student") throw new ClassError(classMessages.onlyStudents, 403);
  const found = await findClassByCode(db, code);
  if (!found) throw new ClassError(classMessages.codeNotFound, 404);
  const classroom = { id: found.id, name: found.name, teacherName: found.teacherName };
  const existing = await db.classMember.findUnique({ where: { classroomId_userId: { classroomId: found.id, userId } }, select: { removedAt: true } });
  if (existing && existing.removedAt === null) return { classroom, outcome: "already" };
  if (found.archived) throw new ClassError(classMessages.archived(found.name), 409);
  if (existing) {
    // Only the removed row is brought back, so two tabs rejoining at once both end as members.
    const { count } = await db.classMember.updateMany({ where: { classroomId: found.id, userId, removedAt: { not: null } }, data: { removedAt: null, joinedAt: now } });
    return { classroom, outcome: count > 0 ? "rejoined" : "already" };
  }
  try {
    await db.classMember.create({ data: { classroomId: found.id, userId, joinedAt: now } });
    return { classroom, outcome: "joined" };
  } catch (error) {
    const violation = uniqueViolation(error);
    if (violation?.model === "ClassMember") return { classroom, outcome: "already" };
    throw error;
  }
}

export interface StudentClass {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: Date;
  archived: boolean;
}

/** The classes the student is in now (not those they were removed from), by name. */
export async function listStudentClasses(db: Db, studentId: string): Promise<StudentClass[]> {
  const rows = await db.classMember.findMany({
    where: { userId: studentId, removedAt: null },
    select: { joinedAt: true, classroom: { select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true } } } } },
  });
  return rows
    .map(({ joinedAt, classroom }) => ({ id: classroom.id, name: classroom.name, teacherName: classroom.teacher.name, joinedAt, archived: classroom.archivedAt !== null }))
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.id.localeCompare(b.id));
}

/** One of the student's classes; any other is 404. */
export async function getStudentClass(db: Db, studentId: string, classroomId: string): Promise<StudentClass> {
  const found = (await listStudentClasses(db, studentId)).find((c) => c.id === classroomId);
  if (!found) throw new ClassError(classMessages.notFound, 404);
  return found;
}
