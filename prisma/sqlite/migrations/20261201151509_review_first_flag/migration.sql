-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardKey" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "durationMs" INTEGER,
    "reviewedAt" DATETIME NOT NULL,
    "firstReview" BOOLEAN NOT NULL DEFAULT false,
    "answerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "PracticeAnswer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- A first review is one with no state before it.
INSERT INTO "new_ReviewLog" ("after", "answerId", "before", "cardKey", "clientId", "createdAt", "durationMs", "elapsedDays", "id", "rating", "reviewedAt", "scheduledDays", "source", "userId", "firstReview") SELECT "after", "answerId", "before", "cardKey", "clientId", "createdAt", "durationMs", "elapsedDays", "id", "rating", "reviewedAt", "scheduledDays", "source", "userId", "before" IS NULL FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_userId_firstReview_reviewedAt_idx" ON "ReviewLog"("userId", "firstReview", "reviewedAt");
CREATE INDEX "ReviewLog_answerId_idx" ON "ReviewLog"("answerId");
CREATE UNIQUE INDEX "ReviewLog_userId_clientId_key" ON "ReviewLog"("userId", "clientId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
