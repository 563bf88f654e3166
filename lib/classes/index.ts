/** Classes, pure: join codes, temporary passwords, and the shapes of class forms. */
export * from "./join-code";
export * from "./temporary-password";
export * from "./validation";
