-- Audit events stay append-only, with one exception: their personal data may be erased.
-- The hash chain covers only a keyed commitment to "actorEmail", "ip" and "userAgent"
-- (lib/audit/pii.ts), so setting them to NULL keeps every chain valid. Any other UPDATE, and every
-- DELETE and TRUNCATE, is still refused with SQLSTATE 'IM001' (see *_immutable_facts).
-- Why: docs/decisions/010-audit-trail.md

DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";

CREATE TRIGGER "AuditEvent_no_delete"
BEFORE DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "append_only"();

-- Allowed: each of the three columns keeps its value or becomes NULL, at least one value becomes
-- NULL, and everything else is unchanged (compared as whole rows, so later columns are covered too).
CREATE FUNCTION "audit_event_erasure_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - ARRAY['actorEmail', 'ip', 'userAgent']) = (to_jsonb(OLD) - ARRAY['actorEmail', 'ip', 'userAgent'])
     AND (NEW."actorEmail" IS NULL OR NEW."actorEmail" = OLD."actorEmail")
     AND (NEW."ip" IS NULL OR NEW."ip" = OLD."ip")
     AND (NEW."userAgent" IS NULL OR NEW."userAgent" = OLD."userAgent")
     AND ((OLD."actorEmail" IS NOT NULL AND NEW."actorEmail" IS NULL)
       OR (OLD."ip" IS NOT NULL AND NEW."ip" IS NULL)
       OR (OLD."userAgent" IS NOT NULL AND NEW."userAgent" IS NULL)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'immutable: AuditEvent % can only have its personal data erased', OLD."id"
    USING ERRCODE = 'IM001';
END;
$$;

CREATE TRIGGER "AuditEvent_erasure_only"
BEFORE UPDATE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_erasure_only"();
