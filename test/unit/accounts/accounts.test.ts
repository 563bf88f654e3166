import { describe, expect, it } from "vitest";
import { isSyntheticEmail, syntheticEmail, visibleEmail } from "../../../lib/accounts/identity";
import { safeReturnPath, signInPath } from "../../../lib/accounts/return-path";
import { roleOf } from "../../../lib/accounts/roles";
import { fieldErrors, signInSchema, studentSignUpSchema, teacherSignUpSchema } from "../../../lib/accounts/validation";
import { ConfigError, loadAuthConfig } from "../../../lib/env";

describe("safeReturnPath", () => {
  it.each([
    ["/account", "/account"],
    ["/flashcards?event=x#top", "/flashcards?event=x#top"],
    ["/practice?count=5&seed=a%20b", "/practice?count=5&seed=a%20b"],
    ["/events/../account", "/account"],
  ])("follows a path on this site: %s", (next, expected) => expect(safeReturnPath(next)).toBe(expected));

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "account", "/\t/evil.example", "", "/sign-in?next=/x", "/sign-up/teacher", "/api/auth/sign-out"])(
    "falls back for %j",
    (next) => expect(safeReturnPath(next)).toBe("/account"),
  );

  it("ignores what is not a string and builds sign-in links that come back", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/account");
    expect(safeReturnPath(undefined, "/")).toBe("/");
    expect(signInPath("/flashcards?deck=1")).toBe("/sign-in?next=%2Fflashcards%3Fdeck%3D1");
    expect(signInPath("https://evil.example")).toBe("/sign-in");
  });
});

describe("synthetic emails", () => {
  it("live under students.invalid and are never shown", () => {
    const email = syntheticEmail("0123456789ABCDEF01");
    expect(email).toBe("0123456789abcdef01@students.invalid");
    expect(isSyntheticEmail(email)).toBe(true);
    expect(isSyntheticEmail(" X@Students.Invalid ")).toBe(true);
    expect(visibleEmail(email)).toBeNull();
    expect(visibleEmail("ada@school.example")).toBe("ada@school.example");
    expect(() => syntheticEmail("short")).toThrow();
  });
});

describe("roles", () => {
  it("reads an unknown stored role as the least privileged", () => {
    expect(roleOf("teacher")).toBe("teacher");
    expect(roleOf("admin")).toBe("student");
    expect(roleOf(undefined)).toBe("student");
  });
});

describe("form validation", () => {
  it("signs in with exactly one of email and username", () => {
    expect(signInSchema.parse({ email: "", username: " ada ", password: "x" })).toEqual({ username: "ada", password: "x" });
    const both = signInSchema.safeParse({ email: "a@b.example", username: "ada", password: "x" });
    expect(both.success).toBe(false);
    if (!both.success) expect(fieldErrors(both.error).username).toBe("Fill in your email or your username, not both.");
    expect(signInSchema.safeParse({ email: "", username: "", password: "x" }).success).toBe(false);
    // Typed into the other field: taken as meant.
    expect(signInSchema.parse({ email: "ada", password: "x" })).toEqual({ username: "ada", password: "x" });
    expect(signInSchema.parse({ username: "Ada@School.example", password: "x" })).toEqual({ email: "Ada@School.example", password: "x" });
  });

  it("student sign-up needs a username or an email, a name and a 10-character password", () => {
    expect(studentSignUpSchema.parse({ name: " Ada ", username: "Ada.L", email: "", password: "0123456789" })).toEqual({ name: "Ada", username: "Ada.L", password: "0123456789" });
    const neither = studentSignUpSchema.safeParse({ name: "Ada", username: "", email: "", password: "0123456789" });
    expect(neither.success).toBe(false);
    if (!neither.success) expect(fieldErrors(neither.error).username).toMatch(/username/);
    const short = studentSignUpSchema.safeParse({ name: "Ada", username: "ada", password: "012345678" });
    expect(short.success).toBe(false);
    if (!short.success) expect(fieldErrors(short.error).password).toBe("Use at least 10 characters for the password.");
    for (const username of ["ab", "-ada", "ada-", "ad a", "ädä", "a".repeat(31)]) {
      expect(studentSignUpSchema.safeParse({ name: "Ada", username, password: "0123456789" }).success, username).toBe(false);
    }
  });

  it("nobody signs up under the reserved domain; emails are stored lower-case", () => {
    expect(teacherSignUpSchema.safeParse({ name: "T", email: "x@students.invalid", password: "0123456789" }).success).toBe(false);
    expect(teacherSignUpSchema.parse({ name: "T", email: " Ms.T@School.Example ", password: "0123456789" }).email).toBe("ms.t@school.example");
    expect(teacherSignUpSchema.safeParse({ name: "T", email: "not an email", password: "0123456789" }).success).toBe(false);
  });
});

describe("loadAuthConfig", () => {
  const secret = "s".repeat(32);

  it("has defaults for development and requires a secret in production", () => {
    const dev = loadAuthConfig({});
    expect(dev.secret.length).toBeGreaterThanOrEqual(32);
    expect(dev).toMatchObject({ baseURL: "http://localhost:3000", sessionDays: 7, rateLimit: { max: 60, windowSeconds: 60 }, trustedProxies: [], demo: "default" });
    expect(dev.trustedOrigins).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
    expect(() => loadAuthConfig({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set/);
    expect(loadAuthConfig({ NODE_ENV: "production", AUTH_SECRET: secret }).secret).toBe(secret);
  });

  it("reads every setting and refuses bad ones with one sentence", () => {
    const cfg = loadAuthConfig({
      AUTH_SECRET: secret,
      AUTH_URL: "https://muster.example.org/",
      AUTH_TRUSTED_ORIGINS: "https://a.example.org, http://192.168.1.20:3000",
      AUTH_SESSION_DAYS: "30",
      AUTH_RATE_LIMIT_MAX: "50",
      AUTH_RATE_LIMIT_WINDOW_SECONDS: "300",
      AUTH_TRUSTED_PROXIES: "10.0.0.0/8,::1",
      MUSTER_DEMO: "0",
      PORT: "8080",
    });
    expect(cfg).toMatchObject({ baseURL: "https://muster.example.org", sessionDays: 30, rateLimit: { max: 50, windowSeconds: 300 }, trustedProxies: ["10.0.0.0/8", "::1"], demo: "off" });
    expect(cfg.trustedOrigins).toEqual(["https://a.example.org", "http://192.168.1.20:3000", "http://localhost:8080", "http://127.0.0.1:8080"]);
    for (const [name, value, message] of [
      ["AUTH_SECRET", "short", /at least 32/],
      ["AUTH_URL", "muster.example.org", /not a URL/],
      ["AUTH_URL", "ftp://muster.example.org", /http/],
      ["AUTH_SESSION_DAYS", "0", /between 1 and 365/],
      ["AUTH_RATE_LIMIT_MAX", "ten", /whole number/],
      ["AUTH_TRUSTED_PROXIES", "proxy.local", /CIDR/],
      ["MUSTER_DEMO", "yes", /MUSTER_DEMO/],
    ] as const) {
      expect(() => loadAuthConfig({ AUTH_SECRET: secret, [name]: value }), name).toThrow(ConfigError);
      expect(() => loadAuthConfig({ AUTH_SECRET: secret, [name]: value }), name).toThrow(message);
    }
  });
});
