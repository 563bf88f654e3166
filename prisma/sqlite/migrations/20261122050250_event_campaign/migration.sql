-- AlterTable
ALTER TABLE "Event" ADD COLUMN "campaign" TEXT;
