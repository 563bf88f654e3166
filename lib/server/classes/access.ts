/**
 * Who may see a class, for every helper that needs to ask: its teacher, and
 * its current members (removed students are no longer members).
 */
import type { Db } from "../db/client";

export async function isTeacherOfClass(db: Db, userId: string, classroomId: string): Promise<boolean> {
  const found = await db.classroom.findFirst({ where: { id: classroomId, teacherId: userId }, select: { id: true } });
  return found !== null;
}

export async function isMemberOfClass(db: Db, userId: string, classroomId: string): Promise<boolean> {
  const found = await db.classMember.findFirst({ where: { classroomId, userId, removedAt: null }, select: { id: true } });
  return found !== null;
}

export const classAccess = { isTeacherOfClass, isMemberOfClass };
