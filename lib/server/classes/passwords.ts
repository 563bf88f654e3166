/**
 * A teacher resets the password of a student who has no email (so cannot
 * reset it themselves): only a current member of one of the teacher's
 * classes. The new password is hashed like a sign-up's (argon2id), replaces
 * the credential, and every session of the student ends in the same
 * transaction, so a stolen or forgotten-open browser is signed out too.
 */
import { isSyntheticEmail } from "../../accounts/identity";
import type { RandomInt } from "../../classes/join-code";
import { temporaryPassword } from "../../classes/temporary-password";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { getTeacherClass, serverRandomInt } from "./classes";
import { ClassError, classMessages } from "./errors";
import { forgetUserSessions } from "../auth/session-cache";

export interface PasswordReset {
  /** Shown to the teacher once; never stored as text. */
  password: string;
  generated: boolean;
  studentName: string;
  username: string | null;
  sessionsEnded: number;
}

export async function resetStudentPassword(
  db: Db,
  teacherId: string,
  classroomId: string,
  studentId: string,
  options: { password?: string; randomInt?: RandomInt } = {},
): Promise<PasswordReset> {
  await getTeacherClass(db, teacherId, classroomId);
  const member = await db.classMember.findFirst({
    where: { classroomId, userId: studentId, removedAt: null },
    select: { user: { select: { name: true, role: true, email: true, username: true, displayUsername: true } } },
  });
  if (!member || member.user.role !== "student") throw new ClassError(classMessages.studentNotFound, 404);
  if (!isSyntheticEmail(member.user.email)) throw new ClassError(classMessages.hasEmail, 409);
  const password = options.password ?? temporaryPassword(options.randomInt ?? serverRandomInt);
  const hash = await hashPassword(password);
  const sessionsEnded = await db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({ where: { userId: studentId, providerId: "credential" }, data: { password: hash } });
    if (count === 0) throw new ClassError(classMessages.noPassword, 409);
    return (await tx.session.deleteMany({ where: { userId: studentId } })).count;
  });
  // Route handlers of this process believe a checked session for 2 s: not these any more.
  forgetUserSessions(studentId);
  return { password, generated: options.password === undefined, studentName: member.user.name, username: member.user.displayUsername ?? member.user.username, sessionsEnded };
}
