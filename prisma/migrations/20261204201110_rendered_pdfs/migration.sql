-- CreateTable
CREATE TABLE "RenderedPdf" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "variant" TEXT NOT NULL DEFAULT '',
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderedPdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RenderedPdf_kind_versionId_fromVersionId_language_variant_key" ON "RenderedPdf"("kind", "versionId", "fromVersionId", "language", "variant");
