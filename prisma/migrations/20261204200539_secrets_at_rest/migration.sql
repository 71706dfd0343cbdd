-- AlterTable
ALTER TABLE "SignedAgreement" ALTER COLUMN "downloadTokenHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "encryptedVars" BYTEA;

-- CreateTable
CREATE TABLE "DownloadLink" (
    "id" TEXT NOT NULL,
    "signedAgreementId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DownloadLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DownloadLink_tokenHash_key" ON "DownloadLink"("tokenHash");

-- CreateIndex
CREATE INDEX "DownloadLink_signedAgreementId_idx" ON "DownloadLink"("signedAgreementId");

-- CreateIndex
CREATE INDEX "DownloadLink_expiresAt_idx" ON "DownloadLink"("expiresAt");

-- AddForeignKey
ALTER TABLE "DownloadLink" ADD CONSTRAINT "DownloadLink_signedAgreementId_fkey" FOREIGN KEY ("signedAgreementId") REFERENCES "SignedAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data (issue 8, item 3): no secret at rest in plain text.
-- Existing download links keep working, now with an expiry of 30 days from this migration.
INSERT INTO "DownloadLink" ("id", "signedAgreementId", "tokenHash", "expiresAt", "createdAt")
SELECT 'migrated-' || "id", "id", "downloadTokenHash", CURRENT_TIMESTAMP + INTERVAL '30 days', CURRENT_TIMESTAMP
FROM "SignedAgreement" WHERE "downloadTokenHash" IS NOT NULL;

-- The form's key could be exchanged for the download link: keep only its SHA-256. Any fact trigger
-- on the table (issue 8, item 12) is bypassed for this one data fix (the migration runs as the owner).
ALTER TABLE "SignedAgreement" DISABLE TRIGGER USER;
UPDATE "SignedAgreement" SET "submissionKey" = encode(sha256(convert_to("submissionKey", 'UTF8')), 'hex'), "downloadTokenHash" = NULL;
ALTER TABLE "SignedAgreement" ENABLE TRIGGER USER;

-- Mail stored before: links with a secret and 6-digit codes are redacted in place.
UPDATE "EmailMessage" SET
  "subject" = regexp_replace("subject", '[0-9]{6}', '••••••', 'g'),
  "text" = regexp_replace(regexp_replace("text", 'https?://[^[:space:]]*/(d|invite|reset-password|verify-email)/[A-Za-z0-9_-]+', '[link removed]', 'g'), '^    [0-9]{6}$', '    ••••••', 'gn');
