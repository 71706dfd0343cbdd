-- Stored PDFs move behind lib/storage: content-addressed by SHA-256, each distinct content once.
-- The PostgreSQL backend keeps the bytes in "StoredBlob"; Document and RenderedPdf keep the hash,
-- the size and which backend ("storage") holds the bytes.

-- CreateTable
CREATE TABLE "StoredBlob" (
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredBlob_pkey" PRIMARY KEY ("sha256")
);

-- The bytes already stored, once per distinct content.
INSERT INTO "StoredBlob" ("sha256", "contentType", "bytes", "size", "createdAt")
SELECT DISTINCT ON ("sha256") "sha256", "contentType", "bytes", "size", "createdAt" FROM "Document" ORDER BY "sha256", "createdAt"
ON CONFLICT ("sha256") DO NOTHING;

INSERT INTO "StoredBlob" ("sha256", "contentType", "bytes", "size", "createdAt")
SELECT DISTINCT ON ("sha256") "sha256", 'application/pdf', "bytes", "size", "createdAt" FROM "RenderedPdf" ORDER BY "sha256", "createdAt"
ON CONFLICT ("sha256") DO NOTHING;

-- A fact stays a fact: Document's hash and size still never change, and the bytes are found by the
-- hash (and checked against it on every read). Where they are ("storage") may change, so that
-- contents can be moved from PostgreSQL to S3.
CREATE OR REPLACE FUNCTION "immutable_document_content"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."sha256" IS DISTINCT FROM OLD."sha256"
     OR NEW."size" IS DISTINCT FROM OLD."size" THEN
    RAISE EXCEPTION 'immutable: the content of Document % cannot change', OLD."id"
      USING ERRCODE = 'IM001';
  END IF;
  RETURN NEW;
END;
$$;

-- AlterTable
ALTER TABLE "Document" DROP COLUMN "bytes",
ADD COLUMN     "prefixOf" TEXT,
ADD COLUMN     "storage" TEXT NOT NULL DEFAULT 'postgres';

-- AlterTable
ALTER TABLE "RenderedPdf" DROP COLUMN "bytes",
ADD COLUMN     "storage" TEXT NOT NULL DEFAULT 'postgres';

-- A stored content is addressed by its hash: it never changes and is never deleted or truncated.
CREATE FUNCTION "immutable_stored_blob"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'immutable: stored content % cannot change or be deleted', OLD."sha256"
    USING ERRCODE = 'IM001';
END;
$$;

CREATE TRIGGER "StoredBlob_immutable"
BEFORE UPDATE OR DELETE ON "StoredBlob"
FOR EACH ROW EXECUTE FUNCTION "immutable_stored_blob"();

CREATE TRIGGER "StoredBlob_no_truncate" BEFORE TRUNCATE ON "StoredBlob" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
