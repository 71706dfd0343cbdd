// The data part of migration secrets_at_rest (issue 8, item 3), run on rows as they were stored
// before it: form keys become their SHA-256, download-link hashes move to DownloadLink (30 days),
// and kept mail loses its codes and secret links.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOwnDatabase, createTrail, type OwnDatabase } from "@/lib/audit/test-fixture";
import { migrationsDir } from "./migrations";

let own: OwnDatabase;
beforeAll(async () => {
  own = await createOwnDatabase("secrets_migration");
});
afterAll(async () => {
  await own?.drop();
});

function dataStatements(): string[] {
  const folder = fs.readdirSync(migrationsDir).find((name) => name.endsWith("_secrets_at_rest"))!;
  const sql = fs.readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8");
  const data = sql.slice(sql.indexOf("-- Data (issue 8, item 3)"));
  return data
    .replace(/^\s*--.*$/gm, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
}

describe("migration secrets_at_rest", () => {
  it("hashes stored form keys, moves download links with an expiry, and redacts stored mail", async () => {
    const trail = await createTrail(own.client);
    await own.client.$executeRawUnsafe(`UPDATE "SignedAgreement" SET "submissionKey" = 'form-key-0123456789abcdef', "downloadTokenHash" = 'hash-of-old-link' WHERE id = $1`, trail.signedAgreementId);
    await own.client.$executeRawUnsafe(
      `INSERT INTO "EmailMessage" (id, "to", subject, text, language) VALUES
        ('m1', 'a@example.test', 'Uw bevestigingscode: 042917', E'Goedendag,\\n\\n    042917\\n\\nDe code is 10 minuten geldig.', 'nl'),
        ('m2', 'b@example.test', 'Signed: X (DPA-2026-7K3M9Q)', E'Download:\\nhttps://dpa.example.test/d/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde\\nAccept: http://localhost:3000/invite/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\\nRequest: https://dpa.example.test/download-link?lang=en', 'en')`,
    );

    for (const statement of dataStatements()) await own.client.$executeRawUnsafe(statement);

    const [after] = await own.client.$queryRawUnsafe<object[]>(`SELECT "submissionKey", "downloadTokenHash" FROM "SignedAgreement" WHERE id = $1`, trail.signedAgreementId);
    expect(after).toEqual({ submissionKey: createHash("sha256").update("form-key-0123456789abcdef").digest("hex"), downloadTokenHash: null });
    const links = await own.client.$queryRawUnsafe<object[]>(`SELECT "tokenHash", "expiresAt" - now() > interval '29 days' AS "isValid30Days" FROM "DownloadLink" WHERE "signedAgreementId" = $1`, trail.signedAgreementId);
    expect(links).toEqual([{ tokenHash: "hash-of-old-link", isValid30Days: true }]);

    const mails = await own.client.$queryRawUnsafe<{ subject: string; text: string }[]>(`SELECT id, subject, text FROM "EmailMessage" WHERE id IN ('m1', 'm2') ORDER BY id`);
    expect(mails[0].subject).toBe("Uw bevestigingscode: ••••••");
    expect(mails[0].text).toContain("    ••••••\n");
    expect(mails[0].text).not.toContain("042917");
    expect(mails[1].subject).toBe("Signed: X (DPA-2026-7K3M9Q)");
    expect(mails[1].text).toBe("Download:\n[link removed]\nAccept: [link removed]\nRequest: https://dpa.example.test/download-link?lang=en");
  });
});
