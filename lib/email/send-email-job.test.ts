import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/free-port";
import { startWorkers, stopWorkers } from "@/lib/jobs/worker";
import { useOwnDatabase, startSmtpServer, waitFor } from "./test-helpers";

// This file works the "email.send" queue itself, so it gets a database of its own.
beforeAll(async () => {
  await useOwnDatabase("email");
  process.env.EMAIL_RETRY_DELAY_SECONDS = "1"; // retries after 1-2 s, 2-4 s, ...
  process.env.NEXTAUTH_URL = "https://dpa.example.test";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";
}, 60_000);

afterAll(async () => {
  await stopWorkers();
});

// Imported lazily: lib/db creates its client on first use, after useOwnDatabase set DATABASE_URL.
const load = async () => ({
  db: (await import("@/lib/db")).db,
  enqueueEmail: (await import("./enqueue-email")).enqueueEmail,
  sendEmailJob: (await import("./send-email-job")).sendEmailJob,
});

async function queueDownloadLinkMail(to: string, extra: { attachmentDocumentId?: string; dedupeKey?: string } = {}) {
  const { db, enqueueEmail } = await load();
  return db.$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      template: "download-link",
      language: "nl",
      vars: { reference: "DPA-2026-TEST01", agreementTitle: "Verwerkersovereenkomst Offertewerk", downloadUrl: "https://dpa.example.test/d/abc" },
      attachmentName: "DPA-2026-TEST01.pdf",
      ...extra,
    }),
  );
}

describe("without SMTP_URL", () => {
  it("keeps the mail for the mailbox page: SENT, nothing sent, audited", async () => {
    delete process.env.SMTP_URL;
    const { db, sendEmailJob } = await load();
    const { id } = await queueDownloadLinkMail("kept@example.test");
    const queued = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(queued).toMatchObject({ status: "QUEUED", to: "kept@example.test", language: "nl" });
    expect(queued.subject).toBe("Uw downloadlink: Verwerkersovereenkomst Offertewerk (DPA-2026-TEST01)");
    expect(queued.text).toContain("https://dpa.example.test/d/abc");

    await sendEmailJob({ emailMessageId: id, template: "download-link" }, { isLastAttempt: false });
    const kept = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(kept).toMatchObject({ status: "SENT", attempts: 0 });
    expect(kept.sentAt).toBeInstanceOf(Date);
    const events = await db.auditEvent.findMany({ where: { type: "email.sent" } });
    const event = events.find((e) => (e.data as { messageId?: string }).messageId === id);
    expect(event?.data).toEqual({ template: "download-link", messageId: id, isKept: true });

    // A second run of the same job (a retry after a crash) does nothing.
    await sendEmailJob({ emailMessageId: id, template: "download-link" }, { isLastAttempt: false });
    expect(await db.auditEvent.count({ where: { type: "email.sent" } })).toBe(events.length);
  });

  it("queues a mail with a dedupe key only once", async () => {
    const { db } = await load();
    const [first, second] = await Promise.all([
      queueDownloadLinkMail("once@example.test", { dedupeKey: "test:once" }),
      queueDownloadLinkMail("once@example.test", { dedupeKey: "test:once" }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await db.emailMessage.count({ where: { to: "once@example.test" } })).toBe(1);
    const jobs = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM pgboss.job WHERE name = 'email.send' AND data->>'emailMessageId' = ${first.id}`;
    expect(Number(jobs[0].count)).toBe(1);
  });
});

describe("with SMTP that is down, then up", () => {
  it("retries until the server is back and delivers exactly once, with the attachment", async () => {
    const { db } = await load();
    const port = await findFreePort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`; // nothing listens there yet

    const pdf = Buffer.from("%PDF-1.7\n% a test attachment\n");
    const { putBlob } = await import("@/lib/storage");
    const ref = await putBlob(pdf, "application/pdf");
    const document = await db.document.create({ data: { sha256: ref.sha256, contentType: "application/pdf", storage: ref.storage, size: ref.size } });
    const to = `retry-${port}@example.test`;
    const { id } = await queueDownloadLinkMail(to, { attachmentDocumentId: document.id });

    await startWorkers({ pollingIntervalSeconds: 0.5, queues: ["email.send"] });
    const failed = await waitFor(async () => {
      const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
      return row.attempts >= 1 && row;
    }, 20_000, "a failed attempt");
    expect(failed.status).toBe("QUEUED");
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

    const smtp = await startSmtpServer(port);
    try {
      const sent = await waitFor(async () => {
        const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
        return row.status === "SENT" && row;
      }, 30_000, "delivery");
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      expect(sent.sentAt).toBeInstanceOf(Date);

      // Give a duplicate every chance to show up before counting.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const mine = smtp.received.filter((mail) => mail.to.includes(to));
      expect(mine).toHaveLength(1);
      expect(mine[0].raw).toContain("DPA-2026-TEST01.pdf");
      expect(mine[0].raw).toContain(pdf.toString("base64").slice(0, 20));
      expect(mine[0].raw).toMatch(/^From: Verwerkersovereenkomst <no-reply@localhost>/m);

      const sentEvents = await db.auditEvent.findMany({ where: { type: "email.sent" } });
      expect(sentEvents.filter((e) => (e.data as { messageId?: string }).messageId === id)).toHaveLength(1);
    } finally {
      await stopWorkers();
      await smtp.close();
    }
  }, 60_000);

  it("marks the message FAILED after the last attempt and records it", async () => {
    const { db, sendEmailJob } = await load();
    process.env.SMTP_URL = `smtp://127.0.0.1:${await findFreePort()}`; // nothing listens
    const { id } = await queueDownloadLinkMail("never@example.test");
    await expect(sendEmailJob({ emailMessageId: id, template: "download-link" }, { isLastAttempt: false })).rejects.toThrow(/failed/);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "QUEUED", attempts: 1 });
    await expect(sendEmailJob({ emailMessageId: id, template: "download-link" }, { isLastAttempt: true })).rejects.toThrow(/failed/);
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
    const failedEvents = await db.auditEvent.findMany({ where: { type: "email.failed" } });
    expect(failedEvents.map((e) => e.data)).toContainEqual({ template: "download-link", messageId: id, attempts: 2 });
  });
});
