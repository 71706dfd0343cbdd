-- CreateTable
CREATE TABLE "AuditAnchor" (
    "id" TEXT NOT NULL,
    "chainKey" TEXT NOT NULL,
    "headSeq" BIGINT NOT NULL,
    "headHash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "mac" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditAnchor_chainKey_headSeq_key" ON "AuditAnchor"("chainKey", "headSeq");

-- Anchors are evidence too: inserted once, never updated, deleted or truncated (issue 8, item 14).
CREATE TRIGGER "AuditAnchor_append_only"
BEFORE UPDATE OR DELETE ON "AuditAnchor"
FOR EACH ROW EXECUTE FUNCTION "append_only"();

CREATE TRIGGER "AuditAnchor_no_truncate"
BEFORE TRUNCATE ON "AuditAnchor"
FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
