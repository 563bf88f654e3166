-- CreateTable
CREATE TABLE "SourceArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shape" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "eventId" TEXT,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SourceArticle_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "partOf" TEXT,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "datePrecision" TEXT,
    "dateText" TEXT,
    "place" TEXT,
    "result" TEXT,
    "territory" TEXT,
    "snapshot" JSONB NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Side" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "belligerents" JSONB NOT NULL,
    "units" JSONB NOT NULL,
    "strengthText" TEXT,
    "casualtiesText" TEXT,
    CONSTRAINT "Side_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "aliases" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Command" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "rank" TEXT,
    "status" TEXT,
    CONSTRAINT "Command_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Command_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "Side" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Command_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "side" INTEGER,
    "key" TEXT NOT NULL,
    "currentVersionId" TEXT,
    "retiredAt" DATETIME,
    CONSTRAINT "Fact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Fact_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "FactVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "factId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "versionHash" TEXT NOT NULL,
    "recordHash" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "disputed" BOOLEAN NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "sourceText" TEXT NOT NULL,
    "alsoIn" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" DATETIME,
    CONSTRAINT "FactVersion_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "contentHash" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,
    "factsAdded" INTEGER NOT NULL,
    "factsChanged" INTEGER NOT NULL,
    "factsRetired" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceArticle_file_key" ON "SourceArticle"("file");

-- CreateIndex
CREATE INDEX "SourceArticle_eventId_idx" ON "SourceArticle"("eventId");

-- CreateIndex
CREATE INDEX "Event_partOf_idx" ON "Event"("partOf");

-- CreateIndex
CREATE UNIQUE INDEX "Side_eventId_index_key" ON "Side"("eventId", "index");

-- CreateIndex
CREATE INDEX "Command_eventId_idx" ON "Command"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Command_personId_sideId_key" ON "Command"("personId", "sideId");

-- CreateIndex
CREATE UNIQUE INDEX "Fact_currentVersionId_key" ON "Fact"("currentVersionId");

-- CreateIndex
CREATE INDEX "Fact_eventId_kind_idx" ON "Fact"("eventId", "kind");

-- CreateIndex
CREATE INDEX "FactVersion_factId_versionHash_idx" ON "FactVersion"("factId", "versionHash");

-- CreateIndex
CREATE UNIQUE INDEX "FactVersion_factId_version_key" ON "FactVersion"("factId", "version");
