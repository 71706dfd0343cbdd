-- Facts are never changed, only superseded (STYLE.md): published agreement versions and their
-- content, signatures, the audit log and stored signed documents. The application respects this;
-- these triggers make the database refuse it too, whatever code or person connects.
--
-- Every refusal raises SQLSTATE 'IM001' (a code of our own, class "IM" = immutable) with a message
-- starting "immutable: ", so callers can tell it from other errors.

-- ---------------------------------------------------------------- AgreementVersion

-- A published or retired version may only make one change: PUBLISHED -> RETIRED, setting
-- "retiredAt" (and "updatedAt"). Drafts stay freely editable and deletable.
CREATE FUNCTION "immutable_agreement_version"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'DRAFT' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'immutable: % AgreementVersion % cannot be deleted', OLD."status", OLD."id"
      USING ERRCODE = 'IM001';
  END IF;
  -- Compared as whole rows, so that columns added later are protected without touching this.
  IF OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED' AND NEW."retiredAt" IS NOT NULL
     AND (to_jsonb(NEW) - 'status' - 'retiredAt' - 'updatedAt')
       = (to_jsonb(OLD) - 'status' - 'retiredAt' - 'updatedAt') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'immutable: % AgreementVersion % can only be retired', OLD."status", OLD."id"
    USING ERRCODE = 'IM001';
END;
$$;

CREATE TRIGGER "AgreementVersion_immutable"
BEFORE UPDATE OR DELETE ON "AgreementVersion"
FOR EACH ROW EXECUTE FUNCTION "immutable_agreement_version"();

-- ---------------------------------------------------------------- content of a version

-- Raises unless the version is a draft. A version that no longer exists passes: that is a draft
-- being deleted, whose cascade deletes its content (deleting any other version is refused above).
-- FOR SHARE makes a concurrent publication wait for this transaction, and this check wait for a
-- publication in progress, so content cannot slip into a version as it is published. (Code that
-- edits a draft's content and also updates the version row should update the version first, or
-- two such transactions on one draft can deadlock.)
CREATE FUNCTION "assert_version_is_draft"(version_id TEXT, content_table TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  version_status "VersionStatus";
BEGIN
  SELECT "status" INTO version_status FROM "AgreementVersion" WHERE "id" = version_id FOR SHARE;
  IF version_status IS NOT NULL AND version_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'immutable: % of % AgreementVersion % cannot change', content_table, version_status, version_id
      USING ERRCODE = 'IM001';
  END IF;
END;
$$;

-- For the tables with a "versionId" column: Article, DataSubjectCategory, SubProcessor.
CREATE FUNCTION "immutable_version_content"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "assert_version_is_draft"(OLD."versionId", TG_TABLE_NAME);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "assert_version_is_draft"(NEW."versionId", TG_TABLE_NAME);
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Article_immutable"
BEFORE INSERT OR UPDATE OR DELETE ON "Article"
FOR EACH ROW EXECUTE FUNCTION "immutable_version_content"();

CREATE TRIGGER "DataSubjectCategory_immutable"
BEFORE INSERT OR UPDATE OR DELETE ON "DataSubjectCategory"
FOR EACH ROW EXECUTE FUNCTION "immutable_version_content"();

CREATE TRIGGER "SubProcessor_immutable"
BEFORE INSERT OR UPDATE OR DELETE ON "SubProcessor"
FOR EACH ROW EXECUTE FUNCTION "immutable_version_content"();

-- Clause belongs to a version through its Article. A missing Article passes, as above.
CREATE FUNCTION "immutable_clause"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "assert_version_is_draft"((SELECT "versionId" FROM "Article" WHERE "id" = OLD."articleId"), 'Clause');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "assert_version_is_draft"((SELECT "versionId" FROM "Article" WHERE "id" = NEW."articleId"), 'Clause');
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Clause_immutable"
BEFORE INSERT OR UPDATE OR DELETE ON "Clause"
FOR EACH ROW EXECUTE FUNCTION "immutable_clause"();

-- PersonalDataItem belongs to a version through its DataSubjectCategory.
CREATE FUNCTION "immutable_personal_data_item"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "assert_version_is_draft"(
      (SELECT "versionId" FROM "DataSubjectCategory" WHERE "id" = OLD."categoryId"), 'PersonalDataItem');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "assert_version_is_draft"(
      (SELECT "versionId" FROM "DataSubjectCategory" WHERE "id" = NEW."categoryId"), 'PersonalDataItem');
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "PersonalDataItem_immutable"
BEFORE INSERT OR UPDATE OR DELETE ON "PersonalDataItem"
FOR EACH ROW EXECUTE FUNCTION "immutable_personal_data_item"();

-- ---------------------------------------------------------------- Signature and AuditEvent

-- Append-only: inserted once, never updated, deleted or truncated.
CREATE FUNCTION "append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'immutable: % rows cannot be %d', TG_TABLE_NAME, lower(TG_OP)
    USING ERRCODE = 'IM001';
END;
$$;

CREATE TRIGGER "Signature_append_only"
BEFORE UPDATE OR DELETE ON "Signature"
FOR EACH ROW EXECUTE FUNCTION "append_only"();

CREATE TRIGGER "Signature_no_truncate"
BEFORE TRUNCATE ON "Signature"
FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();

-- ---------------------------------------------------------------- Document

-- A stored file is content-addressed: its bytes, hash and size never change. Deleting one is left to
-- the foreign key from SignedAgreement (ON DELETE RESTRICT), which keeps signed PDFs.
CREATE FUNCTION "immutable_document_content"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."bytes" IS DISTINCT FROM OLD."bytes"
     OR NEW."sha256" IS DISTINCT FROM OLD."sha256"
     OR NEW."size" IS DISTINCT FROM OLD."size" THEN
    RAISE EXCEPTION 'immutable: the content of Document % cannot change', OLD."id"
      USING ERRCODE = 'IM001';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Document_immutable_content"
BEFORE UPDATE ON "Document"
FOR EACH ROW EXECUTE FUNCTION "immutable_document_content"();
