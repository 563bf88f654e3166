/**
 * The demo class: owned by the demo teacher, with both demo students in it,
 * so a new install shows a roster, a join code and (once assignments exist)
 * something to assign. Created once: a second start finds it.
 */
import type { RandomInt } from "../../classes/join-code";
import { demoAccounts } from "../auth/demo";
import type { Db } from "../db/client";
import { createClass, type ClassSummary } from "./classes";

export const demoClassName = "Demo class";

export async function seedDemoClass(db: Db, options: { now: Date; randomInt?: RandomInt }): Promise<ClassSummary | null> {
  const teacherEmail = demoAccounts.find((account) => account.role === "teacher")?.email;
  const teacher = teacherEmail ? await db.user.findUnique({ where: { email: teacherEmail }, select: { id: true, role: true } }) : null;
  if (!teacher || teacher.role !== "teacher") return null;
  if ((await db.classroom.count({ where: { teacherId: teacher.id, name: demoClassName } })) > 0) return null;
  const students = await db.user.findMany({
    where: {
      role: "student",
      OR: demoAccounts.filter((account) => account.role === "student").map((account) => (account.username ? { username: account.username } : { email: account.email! })),
    },
    select: { id: true },
  });
  const created = await createClass(db, teacher.id, { name: demoClassName }, { randomInt: options.randomInt });
  for (const student of students) await db.classMember.create({ data: { classroomId: created.id, userId: student.id, joinedAt: options.now } });
  return { ...created, memberCount: students.length };
}
