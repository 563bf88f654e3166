/** Who a user is in Muster. The server sets it at sign-up; no request chooses or changes it. */
export const roles = ["student", "teacher"] as const;

export type Role = (typeof roles)[number];

export const defaultRole: Role = "student";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** A stored role that is not one we know reads as the least privileged one. */
export function roleOf(value: unknown): Role {
  return isRole(value) ? value : defaultRole;
}

export const roleLabels: Record<Role, string> = { student: "Student", teacher: "Teacher" };
