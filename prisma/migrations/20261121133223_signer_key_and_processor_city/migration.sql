-- AlterTable
ALTER TABLE "AgreementVersion" ADD COLUMN     "processorCity" TEXT;

-- AlterTable
ALTER TABLE "SignedAgreement" ADD COLUMN     "signerKey" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "SignedAgreement_signerKey_key" ON "SignedAgreement"("signerKey");
