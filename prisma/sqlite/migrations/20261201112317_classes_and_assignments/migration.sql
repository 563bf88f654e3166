-- CreateTable
CREATE TABLE "Classroom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Classroom_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL,
    "removedAt" DATETIME,
    CONSTRAINT "ClassMember_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "blueprint" JSONB NOT NULL,
    "mode" TEXT NOT NULL,
    "opensAt" DATETIME,
    "dueAt" DATETIME,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "timeLimitMinutes" INTEGER,
    "lateWork" TEXT NOT NULL DEFAULT 'refuse',
    "reveal" TEXT NOT NULL DEFAULT 'afterSubmit',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "factIds" JSONB NOT NULL,
    "withdrawnAt" DATETIME,
    "withdrawnNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssignmentQuestion_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "questionOrder" JSONB NOT NULL,
    "optionOrder" JSONB NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "deadline" DATETIME,
    "submittedAt" DATETIME,
    "submittedBy" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "score" REAL,
    "maxScore" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttemptAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignmentQuestionId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "verdict" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "timeTakenMs" INTEGER,
    "clientId" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    CONSTRAINT "AttemptAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptAnswer_assignmentQuestionId_fkey" FOREIGN KEY ("assignmentQuestionId") REFERENCES "AssignmentQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttemptContest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "resolverId" TEXT,
    CONSTRAINT "AttemptContest_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "AttemptAnswer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptContest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptContest_resolverId_fkey" FOREIGN KEY ("resolverId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentQuestionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "QuestionReport_assignmentQuestionId_fkey" FOREIGN KEY ("assignmentQuestionId") REFERENCES "AssignmentQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcceptedAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "factId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcceptedAnswer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Classroom_joinCode_key" ON "Classroom"("joinCode");

-- CreateIndex
CREATE INDEX "Classroom_teacherId_archivedAt_idx" ON "Classroom"("teacherId", "archivedAt");

-- CreateIndex
CREATE INDEX "ClassMember_userId_idx" ON "ClassMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassMember_classroomId_userId_key" ON "ClassMember"("classroomId", "userId");

-- CreateIndex
CREATE INDEX "Assignment_classroomId_status_idx" ON "Assignment"("classroomId", "status");

-- CreateIndex
CREATE INDEX "AssignmentQuestion_assignmentId_position_idx" ON "AssignmentQuestion"("assignmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentQuestion_assignmentId_questionId_key" ON "AssignmentQuestion"("assignmentId", "questionId");

-- CreateIndex
CREATE INDEX "Attempt_userId_assignmentId_idx" ON "Attempt"("userId", "assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_assignmentId_userId_number_key" ON "Attempt"("assignmentId", "userId", "number");

-- CreateIndex
CREATE INDEX "AttemptAnswer_assignmentQuestionId_idx" ON "AttemptAnswer"("assignmentQuestionId");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptAnswer_userId_clientId_key" ON "AttemptAnswer"("userId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptAnswer_attemptId_assignmentQuestionId_key" ON "AttemptAnswer"("attemptId", "assignmentQuestionId");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptContest_answerId_key" ON "AttemptContest"("answerId");

-- CreateIndex
CREATE INDEX "AttemptContest_status_createdAt_idx" ON "AttemptContest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReport_assignmentQuestionId_userId_key" ON "QuestionReport"("assignmentQuestionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AcceptedAnswer_factId_text_key" ON "AcceptedAnswer"("factId", "text");
