-- Evidence that holds against the database's own runtime role (issue 8, item 12).
-- The app connects as a role with DML grants only (scripts/db/database-roles.ts); these triggers
-- also bind the owner, who could otherwise change a signed agreement with a plain UPDATE.
-- Refusals raise SQLSTATE 'IM001' with a message starting "immutable: ", like *_immutable_facts.
-- Why: docs/decisions/011-database-roles.md

-- ---------------------------------------------------------------- TRUNCATE on every fact table

-- A TRUNCATE skips row triggers, so each fact table refuses it as a statement
-- (Signature and AuditEvent already do). TRUNCATE ... CASCADE fires these on every table it reaches.
CREATE TRIGGER "AgreementVersion_no_truncate" BEFORE TRUNCATE ON "AgreementVersion" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Article_no_truncate" BEFORE TRUNCATE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Clause_no_truncate" BEFORE TRUNCATE ON "Clause" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "DataSubjectCategory_no_truncate" BEFORE TRUNCATE ON "DataSubjectCategory" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "PersonalDataItem_no_truncate" BEFORE TRUNCATE ON "PersonalDataItem" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "SubProcessor_no_truncate" BEFORE TRUNCATE ON "SubProcessor" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Document_no_truncate" BEFORE TRUNCATE ON "Document" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "SignedAgreement_no_truncate" BEFORE TRUNCATE ON "SignedAgreement" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Controller_no_truncate" BEFORE TRUNCATE ON "Controller" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Objection_no_truncate" BEFORE TRUNCATE ON "Objection" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();
CREATE TRIGGER "Agreement_no_truncate" BEFORE TRUNCATE ON "Agreement" FOR EACH STATEMENT EXECUTE FUNCTION "append_only"();

-- ---------------------------------------------------------------- SignedAgreement

-- Never deleted. An UPDATE may only:
--  - seal: documentId, unsealedDocumentId, pdfSha256, sealStatus, sealLevel, sealedAt, sealError,
--    sealAttempts; once SEALED the sealed document and its level and time are fixed, and a set
--    unsealedDocumentId never changes;
--  - move status SIGNED -> OBJECTED | TERMINATED, OBJECTED -> SIGNED | TERMINATED (TERMINATED is final);
--  - change the idempotency and download-link secrets (submissionKey, download*): they are no evidence,
--    and a new download link replaces the old one.
-- Everything else (who, which version, which controller, reference, signer, session, time) is
-- compared as the whole row, so columns added later are protected without touching this.
CREATE FUNCTION "signed_agreement_guard"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  mutable CONSTANT TEXT[] := ARRAY['status', 'documentId', 'unsealedDocumentId', 'pdfSha256', 'sealStatus', 'sealLevel',
    'sealedAt', 'sealError', 'sealAttempts', 'submissionKey'];
  old_fixed JSONB;
  new_fixed JSONB;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'immutable: SignedAgreement % cannot be deleted', OLD."id" USING ERRCODE = 'IM001';
  END IF;
  SELECT coalesce(jsonb_object_agg(key, value), '{}') INTO old_fixed FROM jsonb_each(to_jsonb(OLD))
    WHERE key <> ALL (mutable) AND key NOT LIKE 'download%';
  SELECT coalesce(jsonb_object_agg(key, value), '{}') INTO new_fixed FROM jsonb_each(to_jsonb(NEW))
    WHERE key <> ALL (mutable) AND key NOT LIKE 'download%';
  IF new_fixed IS DISTINCT FROM old_fixed THEN
    RAISE EXCEPTION 'immutable: SignedAgreement % can only change its seal, status and link secrets', OLD."id"
      USING ERRCODE = 'IM001';
  END IF;
  IF OLD."sealStatus" = 'SEALED' AND (NEW."sealStatus" IS DISTINCT FROM OLD."sealStatus"
      OR NEW."documentId" IS DISTINCT FROM OLD."documentId"
      OR NEW."unsealedDocumentId" IS DISTINCT FROM OLD."unsealedDocumentId"
      OR NEW."pdfSha256" IS DISTINCT FROM OLD."pdfSha256"
      OR NEW."sealLevel" IS DISTINCT FROM OLD."sealLevel"
      OR NEW."sealedAt" IS DISTINCT FROM OLD."sealedAt") THEN
    RAISE EXCEPTION 'immutable: the seal of SignedAgreement % is fixed once sealed', OLD."id" USING ERRCODE = 'IM001';
  END IF;
  IF OLD."unsealedDocumentId" IS NOT NULL AND NEW."unsealedDocumentId" IS DISTINCT FROM OLD."unsealedDocumentId" THEN
    RAISE EXCEPTION 'immutable: the unsealed PDF of SignedAgreement % cannot be replaced', OLD."id" USING ERRCODE = 'IM001';
  END IF;
  IF NEW."status" IS DISTINCT FROM OLD."status" AND NOT (
       (OLD."status" = 'SIGNED' AND NEW."status" IN ('OBJECTED', 'TERMINATED'))
    OR (OLD."status" = 'OBJECTED' AND NEW."status" IN ('SIGNED', 'TERMINATED'))) THEN
    RAISE EXCEPTION 'immutable: SignedAgreement % cannot go from % to %', OLD."id", OLD."status", NEW."status"
      USING ERRCODE = 'IM001';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "SignedAgreement_guard"
BEFORE UPDATE OR DELETE ON "SignedAgreement"
FOR EACH ROW EXECUTE FUNCTION "signed_agreement_guard"();

-- ---------------------------------------------------------------- Controller

-- The controller's details are printed in signed agreements: once a SignedAgreement refers to it,
-- a controller row is fixed (only the link to the controller's own account, organisationId, may
-- change, or be cleared when that account's organisation is deleted) and cannot be deleted.
CREATE FUNCTION "controller_guard"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "SignedAgreement" WHERE "controllerId" = OLD."id") THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'organisationId') = (to_jsonb(OLD) - 'organisationId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'immutable: Controller % is part of a signed agreement and cannot be %d', OLD."id", lower(TG_OP)
    USING ERRCODE = 'IM001';
END;
$$;

CREATE TRIGGER "Controller_guard"
BEFORE UPDATE OR DELETE ON "Controller"
FOR EACH ROW EXECUTE FUNCTION "controller_guard"();

-- ---------------------------------------------------------------- Agreement

-- An agreement never moves to another organisation (tenant): its versions and signatures would follow.
CREATE FUNCTION "agreement_organisation_fixed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."organisationId" IS DISTINCT FROM OLD."organisationId" THEN
    RAISE EXCEPTION 'immutable: Agreement % cannot move to another organisation', OLD."id" USING ERRCODE = 'IM001';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Agreement_organisation_fixed"
BEFORE UPDATE ON "Agreement"
FOR EACH ROW EXECUTE FUNCTION "agreement_organisation_fixed"();
