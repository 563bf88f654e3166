-- CreateTable
CREATE TABLE "UploadedArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "withdrawnAt" DATETIME,
    CONSTRAINT "UploadedArticle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "UploadedArticle_file_key" ON "UploadedArticle"("file");

-- CreateIndex
CREATE INDEX "UploadedArticle_authorId_createdAt_idx" ON "UploadedArticle"("authorId", "createdAt");
