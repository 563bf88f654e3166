-- CreateTable
CREATE TABLE "UploadedArticle" (
    "id" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "UploadedArticle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UploadedArticle_file_key" ON "UploadedArticle"("file");

-- CreateIndex
CREATE INDEX "UploadedArticle_authorId_createdAt_idx" ON "UploadedArticle"("authorId", "createdAt");

-- AddForeignKey
ALTER TABLE "UploadedArticle" ADD CONSTRAINT "UploadedArticle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
