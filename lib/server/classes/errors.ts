/** Failures of the classes data layer that a page or route answers with a status and this message. */
export class ClassError extends Error {
  override name = "ClassError";
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
  ) {
    super(message);
  }
}

export const classMessages = {
  notFound: "No such class, or it is not yours.",
  studentNotFound: "That student is not in this class.",
  codeNotFound: "No class has this join code. Check it with your teacher.",
  archived: (name: string) => `“${name}” is archived and takes no new students. Ask your teacher for the code of their current class.`,
  onlyStudents: "Only student accounts join classes. Sign in with a student account, or create one.",
  onlyTeachers: "Only teacher accounts have classes.",
  hasEmail: "This student signed up with an email, so they reset their own password; a teacher resets only the passwords of students without an email.",
  noPassword: "This student has no password to reset.",
} as const;
