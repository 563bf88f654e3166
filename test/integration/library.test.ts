/**
 * Teachers' articles on a real database of the project's provider: a preview stores nothing and
 * says where the article goes; publishing stores the article and imports it in one transaction
 * (facts with the upload's lines, questions in the pool, kept by the next `npm start` import);
 * a bad upload is refused with its reason and stores nothing; the author alone can withdraw it, and
 * its facts retire. The route handlers refuse students and anonymous visitors.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UploadError } from "../../lib/library/upload";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { listAuthoredArticles, previewUpload, publishUpload, withdrawUpload } from "../../lib/server/library/uploads";
import { questionPool } from "../../lib/server/practice";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, file)));
const kestrel = () => read("uploads/battle-of-kestrel-ford.txt");
const now = new Date("2026-05-01T09:00:00Z");

describe(`teachers' articles (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let contentDir: string;
  let teacherId: string;
  let otherTeacherId: string;

  async function user(name: string, role: "teacher" | "student"): Promise<string> {
    const id = `u_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await client.user.create({ data: { id, name, email: `${id}@example.org`, role } });
    return id;
  }

  async function stored() {
    return { uploads: await client.uploadedArticle.count(), articles: await client.sourceArticle.count(), versions: await client.factVersion.count(), runs: await client.importRun.count() };
  }

  beforeAll(async () => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-library-content-"));
    fs.copyFileSync(path.join(fixtures, "articles/merge/yellow-cape-infobox.txt"), path.join(contentDir, "yellow-cape.txt"));
    target = await freshDatabase("library");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    teacherId = await user("Ms Quill", "teacher");
    otherTeacherId = await user("Mr Rowe", "teacher");
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
    fs.rmSync(contentDir, { recursive: true, force: true });
  });

  it("previews a new event with its facts, their lines and the warning's line, and stores nothing", async () => {
    const before = await stored();
    const preview = await previewUpload(client, contentDir, { bytes: kestrel(), name: "kestrel.txt" });
    expect(preview.publishable).toBe(true);
    expect(preview.event).toMatchObject({ kind: "new", name: "Battle of Kestrel Ford" });
    const lines = fs.readFileSync(path.join(fixtures, "uploads/battle-of-kestrel-ford.txt"), "utf8").split("\n");
    // Every fact names a line whose text holds what it quotes.
    for (const fact of preview.facts) expect(lines[fact.line - 1]).toContain(fact.quote.slice(0, 20));
    const commander = preview.facts.find((fact) => fact.kind === "commander" && fact.side === 2);
    expect(commander?.value).toContain("Tomas Okonkwo-Vale");
    expect(lines[commander!.line - 1]).toMatch(/^- Commander2:/);
    const warning = preview.issues.find((issue) => issue.severity === "warning");
    expect(warning?.message).toMatch(/Weather/);
    expect(lines[warning!.line - 1]).toMatch(/^- Weather:/);
    expect(await stored()).toEqual(before);
  });

  it("previews a second article of a known event as a merge, and a same-named event of another year as kept apart", async () => {
    const merge = await previewUpload(client, contentDir, { bytes: read("articles/merge/yellow-cape-scraped.txt"), name: "yellow-cape-scraped.txt" });
    expect(merge.event?.kind).toBe("merge");
    expect(merge.event?.mergesWith.map((entry) => entry.file)).toEqual(["yellow-cape.txt"]);
    expect(merge.event?.reason).toMatch(/same event/);
    expect(merge.facts.some((fact) => fact.alreadyKnown)).toBe(true);

    const apart = await previewUpload(client, contentDir, { bytes: read("articles/merge/yellow-cape-1950.txt"), name: "yellow-cape-1950.txt" });
    expect(apart.event?.kind).toBe("new");
    expect(apart.event?.eventId).not.toBe(merge.event?.eventId);
    expect(apart.event?.keptApart).toEqual([expect.objectContaining({ eventId: merge.event?.eventId, reason: expect.stringMatching(/different year/) })]);
  });

  it("refuses binary, empty, too large and non-text uploads with a message, storing nothing", async () => {
    const before = await stored();
    const cases: { input: { bytes: Uint8Array; name: string | null }; status: number; message: RegExp }[] = [
      { input: { bytes: read("articles/binary.txt"), name: "binary.txt" }, status: 415, message: /binary|UTF-8/ },
      { input: { bytes: new Uint8Array(), name: "empty.txt" }, status: 400, message: /empty/ },
      { input: { bytes: new TextEncoder().encode("   \n\n  "), name: null }, status: 400, message: /empty/ },
      { input: { bytes: new Uint8Array(1024 * 1024 + 1).fill(65), name: "big.txt" }, status: 413, message: /1 MB/ },
      { input: { bytes: kestrel(), name: "kestrel.docx" }, status: 415, message: /\.txt/ },
      { input: { bytes: read("articles/latin1.txt"), name: "latin1.txt" }, status: 415, message: /UTF-8/ },
    ];
    for (const { input, status, message } of cases) {
      const error = await publishUpload(client, contentDir, teacherId, input, now).catch((caught: unknown) => caught);
      expect(error, input.name ?? "pasted").toBeInstanceOf(UploadError);
      expect((error as UploadError).status).toBe(status);
      expect((error as UploadError).message).toMatch(message);
    }
    // An article the parser cannot read is refused with its line; nothing is half-stored.
    const unreadable = await publishUpload(client, contentDir, teacherId, { bytes: new TextEncoder().encode("Just a sentence about nothing in particular.\n"), name: null }, now).catch((caught: unknown) => caught);
    expect(unreadable).toBeInstanceOf(UploadError);
    expect((unreadable as UploadError).message).toMatch(/line \d+/);
    expect(await stored()).toEqual(before);
  });

  it("publishes in one import: the article, its facts with the upload's lines, its questions; a restart keeps it", async () => {
    const preview = await previewUpload(client, contentDir, { bytes: kestrel(), name: "kestrel.txt" });
    const outcome = await publishUpload(client, contentDir, teacherId, { bytes: kestrel(), name: "kestrel.txt", expectedSha256: preview.sha256 }, now);
    expect(outcome.eventId).toBe(preview.event?.eventId);
    const row = await client.uploadedArticle.findUniqueOrThrow({ where: { id: outcome.articleId } });
    expect(row).toMatchObject({ authorId: teacherId, file: outcome.file, withdrawnAt: null });
    expect(await client.sourceArticle.findUnique({ where: { file: outcome.file }, select: { eventId: true } })).toEqual({ eventId: outcome.eventId });
    const facts = await client.fact.findMany({ where: { eventId: outcome.eventId, retiredAt: null }, select: { currentVersion: { select: { sourceFile: true, sourceLine: true } } } });
    expect(facts.length).toBe(preview.facts.length);
    expect(facts.every((fact) => fact.currentVersion?.sourceFile === outcome.file)).toBe(true);
    const pool = await questionPool(client);
    expect(pool.questions.filter((question) => question.eventIds.includes(outcome.eventId)).length).toBeGreaterThan(5);

    // The same article again is refused; a preview that no longer matches the text is refused.
    await expect(publishUpload(client, contentDir, teacherId, { bytes: kestrel(), name: "kestrel.txt" }, now)).rejects.toMatchObject({ status: 409 });
    await expect(publishUpload(client, contentDir, teacherId, { bytes: read("articles/merge/yellow-cape-1950.txt"), name: "x.txt", expectedSha256: preview.sha256 }, now)).rejects.toMatchObject({ status: 409 });
    expect(await client.uploadedArticle.count()).toBe(1);

    // `npm start` imports content/ again: the teacher's article stays in the library.
    const again = await importContentFromDisk({ contentDir, database: target.database });
    expect(again.unchanged).toBe(true);
    expect(await client.fact.count({ where: { eventId: outcome.eventId, retiredAt: null } })).toBe(facts.length);
    expect((await listAuthoredArticles(client, teacherId)).map((article) => article.event?.id)).toEqual([outcome.eventId]);
    expect(await listAuthoredArticles(client, otherTeacherId)).toEqual([]);
  });

  it("lets only the author withdraw: the facts retire and the event leaves the library, the rows stay", async () => {
    const [article] = await listAuthoredArticles(client, teacherId);
    await expect(withdrawUpload(client, contentDir, otherTeacherId, article!.id, now)).rejects.toMatchObject({ status: 404 });
    await withdrawUpload(client, contentDir, teacherId, article!.id, new Date("2026-05-02T09:00:00Z"));
    const eventId = article!.event!.id;
    expect(await client.fact.count({ where: { eventId, retiredAt: null } })).toBe(0);
    expect(await client.fact.count({ where: { eventId } })).toBeGreaterThan(0);
    expect((await client.event.findUniqueOrThrow({ where: { id: eventId } })).retiredAt).not.toBeNull();
    await expect(withdrawUpload(client, contentDir, teacherId, article!.id, now)).rejects.toMatchObject({ status: 409 });
    expect((await questionPool(client)).questions.some((question) => question.eventIds.includes(eventId))).toBe(false);
  });
});

describe(`library routes (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: { preview: typeof import("../../app/api/library/preview/route"); articles: typeof import("../../app/api/library/articles/route") };
  let teacherCookie: string;
  let studentCookie: string;
  let disconnect: () => Promise<void>;
  const environment = routeEnvironment();
  const base = "http://localhost:3000";
  const formWith = (entries: Record<string, string | Blob>, name?: string) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(entries)) {
      if (value instanceof Blob) form.set(key, value, name);
      else form.set(key, value);
    }
    return form;
  };
  const post = (url: string, cookie: string | null, body: FormData) => new Request(`${base}${url}`, { method: "POST", headers: { ...(cookie && { cookie }) }, body });

  beforeAll(async () => {
    target = await freshDatabase("libroutes");
    await migrateDatabase(target.database);
    const contentDir = path.resolve(import.meta.dirname, "../../content");
    await importContentFromDisk({ contentDir, database: target.database });
    environment.use(target.database, { CONTENT_DIR: contentDir });
    routes = { preview: await import("../../app/api/library/preview/route"), articles: await import("../../app/api/library/articles/route") };
    const { auth } = await import("../../lib/server/auth/instance");
    const { db } = await import("../../lib/server/db/client");
    disconnect = () => db().$disconnect();
    const teacher = await auth().api.signUpEmail({ body: { name: "Teacher", email: `t-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
    await db().user.updateMany({ where: { name: "Teacher" }, data: { role: "teacher" } });
    teacherCookie = cookieOf(teacher.headers);
    const student = await auth().api.signUpEmail({ body: { name: "Student", email: `s-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
    studentCookie = cookieOf(student.headers);
  });
  afterAll(async () => {
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("refuses anonymous visitors (401) and students (403)", async () => {
    const text = () => formWith({ text: fs.readFileSync(path.join(fixtures, "uploads/battle-of-kestrel-ford.txt"), "utf8") });
    expect((await routes.preview.POST(post("/api/library/preview", null, text()))).status).toBe(401);
    expect((await routes.preview.POST(post("/api/library/preview", studentCookie, text()))).status).toBe(403);
    expect((await routes.articles.POST(post("/api/library/articles", studentCookie, text()))).status).toBe(403);
  });

  it("previews an uploaded file for a teacher, and answers 413/415/400 with a message for bad uploads", async () => {
    const file = new Blob([fs.readFileSync(path.join(fixtures, "uploads/battle-of-kestrel-ford.txt"))], { type: "text/plain" });
    const ok = await routes.preview.POST(post("/api/library/preview", teacherCookie, formWith({ file }, "kestrel.txt")));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { event: { kind: string } }).event.kind).toBe("new");

    const big = new Blob([new Uint8Array(1024 * 1024 + 100_000).fill(65)], { type: "text/plain" });
    const tooLarge = await routes.preview.POST(post("/api/library/preview", teacherCookie, formWith({ file: big }, "big.txt")));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/1 MB/);

    const binary = new Blob([fs.readFileSync(path.join(fixtures, "articles/binary.txt"))]);
    const refused = await routes.articles.POST(post("/api/library/articles", teacherCookie, formWith({ file: binary }, "binary.txt")));
    expect(refused.status).toBe(415);
    const empty = await routes.articles.POST(post("/api/library/articles", teacherCookie, formWith({ text: "" })));
    expect(empty.status).toBe(400);
    const json = await routes.articles.POST(new Request(`${base}/api/library/articles`, { method: "POST", headers: { cookie: teacherCookie, "content-type": "application/json" }, body: "{}" }));
    expect(json.status).toBe(400);
    const { db } = await import("../../lib/server/db/client");
    expect(await db().uploadedArticle.count()).toBe(0);
  });
});
