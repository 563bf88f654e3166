-- DropIndex
DROP INDEX "ReviewLog_userId_cardKey_reviewedAt_idx";

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "firstReview" BOOLEAN NOT NULL DEFAULT false;

-- A first review is one with no state before it.
UPDATE "ReviewLog" SET "firstReview" = ("before" IS NULL);

-- CreateIndex
CREATE INDEX "ReviewLog_userId_firstReview_reviewedAt_idx" ON "ReviewLog"("userId", "firstReview", "reviewedAt");
