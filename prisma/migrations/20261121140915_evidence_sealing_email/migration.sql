-- AlterTable
ALTER TABLE "SignedAgreement" ADD COLUMN     "sealAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sealError" TEXT,
ADD COLUMN     "sealLevel" TEXT,
ADD COLUMN     "signingSessionId" TEXT,
ADD COLUMN     "unsealedDocumentId" TEXT;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachmentName" TEXT,
ADD COLUMN     "dedupeKey" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainKey" TEXT,
ADD COLUMN     "piiCommitment" TEXT,
ADD COLUMN     "signingSessionId" TEXT;

-- CreateTable
CREATE TABLE "SigningSession" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "email" TEXT,
    "emailVerifiedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SigningSession_versionId_idx" ON "SigningSession"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedAgreement_unsealedDocumentId_key" ON "SignedAgreement"("unsealedDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedAgreement_signingSessionId_key" ON "SignedAgreement"("signingSessionId");

-- CreateIndex
CREATE INDEX "SignedAgreement_sealStatus_createdAt_idx" ON "SignedAgreement"("sealStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Document_sha256_idx" ON "Document"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_dedupeKey_key" ON "EmailMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_chainKey_seq_idx" ON "AuditEvent"("chainKey", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_signingSessionId_idx" ON "AuditEvent"("signingSessionId");

-- AddForeignKey
ALTER TABLE "SignedAgreement" ADD CONSTRAINT "SignedAgreement_unsealedDocumentId_fkey" FOREIGN KEY ("unsealedDocumentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedAgreement" ADD CONSTRAINT "SignedAgreement_signingSessionId_fkey" FOREIGN KEY ("signingSessionId") REFERENCES "SigningSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningSession" ADD CONSTRAINT "SigningSession_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailVerification" ADD CONSTRAINT "EmailVerification_signingSessionId_fkey" FOREIGN KEY ("signingSessionId") REFERENCES "SigningSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
