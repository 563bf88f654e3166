/**
 * Writes a reconciled corpus into the database in one transaction.
 *
 * - Idempotent: a slot whose value and provenance are unchanged is not touched,
 *   so a second import of the same content writes nothing.
 * - Versioned: a changed fact gets a new FactVersion; the old one is kept (with
 *   supersededAt) because students' history points at the version it was built on.
 * - Facts and events that no article states any more are retired, never deleted.
 * - Serialized: concurrent imports (several instances starting at once) run one
 *   after the other (see ../db/lock.ts).
 */
import { createHash } from "node:crypto";
import { slugify } from "../../content/text";
import type { BattleEvent, Corpus, Fact } from "../../facts/types";
import { providerOf, type Db, type Prisma } from "../db/client";
import { lockForImport } from "../db/lock";

type Tx = Prisma.TransactionClient;

export interface ImportReport {
  articles: number;
  events: number;
  factsAdded: number;
  factsChanged: number;
  factsRetired: number;
  eventsRetired: number;
  /** true when the database already held exactly this content. */
  unchanged: boolean;
  summary: string;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The event without its facts: facts are versioned on their own. */
function eventSnapshot(event: BattleEvent): Omit<BattleEvent, "facts"> {
  return { ...event, facts: undefined } as Omit<BattleEvent, "facts">;
}

function factRecordHash(fact: Fact): string {
  return sha256(JSON.stringify([fact.versionHash, fact.value, fact.text, fact.source, fact.alsoIn, fact.disputed]));
}

async function writeEvent(tx: Tx, event: BattleEvent, now: Date): Promise<boolean> {
  const snapshot = eventSnapshot(event);
  const snapshotHash = sha256(JSON.stringify(snapshot));
  const existing = await tx.event.findUnique({ where: { id: event.id }, select: { snapshotHash: true, retiredAt: true } });
  if (existing && existing.snapshotHash === snapshotHash && !existing.retiredAt) return false;

  const columns = {
    name: event.name,
    aliases: event.aliases,
    partOf: event.partOf,
    campaign: event.campaign ?? null,
    dateStart: event.date?.start ?? null,
    dateEnd: event.date?.end ?? null,
    datePrecision: event.date?.precision ?? null,
    dateText: event.date?.text ?? null,
    place: event.place,
    result: event.result,
    territory: event.territory,
    snapshot: snapshot as unknown as Prisma.InputJsonValue,
    snapshotHash,
    retiredAt: null,
    updatedAt: now,
  };
  if (existing) {
    await tx.event.update({ where: { id: event.id }, data: columns });
    // Sides and commands are derived data with nothing pointing at them: rebuild.
    await tx.side.deleteMany({ where: { eventId: event.id } });
  } else {
    await tx.event.create({ data: { id: event.id, ...columns, createdAt: now } });
  }

  for (const side of event.sides) {
    const sideId = `${event.id}:${side.index}`;
    await tx.side.create({
      data: {
        id: sideId,
        eventId: event.id,
        index: side.index,
        belligerents: side.belligerents,
        units: side.units,
        strengthText: side.strength?.text ?? null,
        casualtiesText: side.casualties?.text ?? null,
      },
    });
    for (const commander of side.commanders) {
      // Same slug rule as event ids: stable across events, diacritics and case folded.
      const id = slugify(commander.name);
      const person = await tx.person.findUnique({ where: { id }, select: { aliases: true } });
      const aliases = [...new Set([...((person?.aliases as string[] | undefined) ?? []), ...commander.aliases])].sort();
      await tx.person.upsert({
        where: { id },
        create: { id, name: commander.name, aliases },
        update: { aliases },
      });
      await tx.command.upsert({
        where: { personId_sideId: { personId: id, sideId } },
        create: { id: `${sideId}:${id}`, personId: id, sideId, eventId: event.id, rank: commander.rank, status: commander.status },
        update: { rank: commander.rank, status: commander.status },
      });
    }
  }
  return true;
}

/**
 * `corpus` may be a function that reads it inside the transaction, after the import lock: what it
 * reads from the database (teachers' articles) is then what no other import can change meanwhile.
 * `within` runs in the same transaction before the import (e.g. storing the article being published).
 */
export async function importCorpus(
  client: Db,
  corpusOrLoader: Corpus | ((tx: Tx) => Promise<Corpus>),
  now = new Date(),
  hooks: { within?: (tx: Tx) => Promise<void> } = {},
): Promise<ImportReport> {
  const startedAt = now;
  const provider = providerOf(client);
  return client.$transaction(
    async (tx) => {
      // Instances starting together import one after the other; the later ones find nothing to change.
      await lockForImport(tx, provider);
      await hooks.within?.(tx);
      const corpus = typeof corpusOrLoader === "function" ? await corpusOrLoader(tx) : corpusOrLoader;
      const report = { articles: corpus.articles.length, events: corpus.events.length, factsAdded: 0, factsChanged: 0, factsRetired: 0, eventsRetired: 0 };
      let eventsWritten = 0;
      let articlesWritten = 0;

      for (const event of corpus.events) {
        if (await writeEvent(tx, event, now)) eventsWritten++;
      }

      const existingFacts = new Map(
        (
          await tx.fact.findMany({
            select: { id: true, retiredAt: true, currentVersion: { select: { id: true, version: true, recordHash: true } } },
          })
        ).map((fact) => [fact.id, fact]),
      );
      const seenFacts = new Set<string>();

      for (const event of corpus.events) {
        for (const fact of event.facts) {
          if (seenFacts.has(fact.id)) throw new Error(`Two facts share the id ${fact.id} (${fact.kind} of ${event.id}); the parser must keep slot ids unique.`);
          seenFacts.add(fact.id);
          const recordHash = factRecordHash(fact);
          const existing = existingFacts.get(fact.id);
          if (existing && !existing.retiredAt && existing.currentVersion?.recordHash === recordHash) continue;

          const version = (existing?.currentVersion?.version ?? 0) + 1;
          if (!existing) {
            await tx.fact.create({ data: { id: fact.id, eventId: event.id, kind: fact.kind, side: fact.side, key: fact.key } });
            report.factsAdded++;
          } else {
            report.factsChanged++;
            if (existing.currentVersion) {
              await tx.factVersion.update({ where: { id: existing.currentVersion.id }, data: { supersededAt: now } });
            }
          }
          const created = await tx.factVersion.create({
            data: {
              factId: fact.id,
              version,
              versionHash: fact.versionHash,
              recordHash,
              value: fact.value as unknown as Prisma.InputJsonValue,
              text: fact.text,
              disputed: fact.disputed,
              sourceFile: fact.source.file,
              sourceLine: fact.source.line,
              sourceText: fact.source.text,
              alsoIn: fact.alsoIn as unknown as Prisma.InputJsonValue,
              createdAt: now,
            },
            select: { id: true },
          });
          await tx.fact.update({ where: { id: fact.id }, data: { currentVersionId: created.id, retiredAt: null, eventId: event.id } });
        }
      }

      for (const [id, fact] of existingFacts) {
        if (seenFacts.has(id) || fact.retiredAt) continue;
        await tx.fact.update({ where: { id }, data: { retiredAt: now } });
        report.factsRetired++;
      }

      const liveEvents = new Set(corpus.events.map((event) => event.id));
      const stale = await tx.event.findMany({ where: { retiredAt: null, id: { notIn: [...liveEvents] } }, select: { id: true } });
      for (const { id } of stale) {
        await tx.event.update({ where: { id }, data: { retiredAt: now } });
        report.eventsRetired++;
      }

      const existingArticles = new Map((await tx.sourceArticle.findMany()).map((row) => [row.file, row]));
      for (const article of corpus.articles) {
        const row = existingArticles.get(article.file);
        const data = { title: article.title, shape: article.shape, sha256: article.sha256, bytes: article.bytes, eventId: article.eventId };
        if (row && row.title === data.title && row.shape === data.shape && row.sha256 === data.sha256 && row.eventId === data.eventId) continue;
        articlesWritten++;
        if (row) await tx.sourceArticle.update({ where: { file: article.file }, data: { ...data, importedAt: now } });
        else await tx.sourceArticle.create({ data: { file: article.file, ...data, importedAt: now } });
      }
      const liveFiles = new Set(corpus.articles.map((article) => article.file));
      const removed = [...existingArticles.keys()].filter((file) => !liveFiles.has(file));
      if (removed.length) {
        await tx.sourceArticle.deleteMany({ where: { file: { in: removed } } });
        articlesWritten += removed.length;
      }

      const unchanged = eventsWritten + articlesWritten + report.factsAdded + report.factsChanged + report.factsRetired + report.eventsRetired === 0;
      if (!unchanged) {
        await tx.importRun.create({
          data: {
            startedAt,
            finishedAt: new Date(),
            contentHash: sha256(JSON.stringify(corpus.articles.map((article) => [article.file, article.sha256]))),
            articles: report.articles,
            events: report.events,
            factsAdded: report.factsAdded,
            factsChanged: report.factsChanged,
            factsRetired: report.factsRetired,
          },
        });
      }
      const summary = unchanged
        ? `content unchanged: ${report.articles} articles, ${report.events} events`
        : `imported ${report.articles} articles into ${report.events} events: ${report.factsAdded} facts added, ${report.factsChanged} changed, ${report.factsRetired} retired`;
      return { ...report, unchanged, summary };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
