import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { password } from "@/lib/organisations/schemas";
import { hit } from "@/lib/rate-limit/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { endSessionsInTx } from "./sessions";

const changeInput = z.object({ currentPassword: z.string().max(200), newPassword: password });

/** Asks for the current password; every other session of the account ends, this one stays. */
export async function changePassword(user: { id: string; sessionId: string }, input: unknown, client: ClientInfo) {
  const parsed = changeInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const limit = await hit(`change-password:user:${user.id}`, { max: 5, windowSeconds: 15 * 60 });
  if (limit.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(parsed.data.currentPassword, account.passwordHash))) {
    throw new AppError("VALIDATION", "validation.fix", { currentPassword: "account.currentPasswordWrong" });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return db.$transaction(async (tx) => {
    // Compare-and-set: a parallel change with the same old password loses instead of overwriting.
    const changed = await tx.user.updateMany({ where: { id: user.id, passwordHash: account.passwordHash }, data: { passwordHash } });
    if (changed.count === 0) throw new AppError("CONFLICT", "account.passwordChangedMeanwhile");
    const ended = await endSessionsInTx(tx, user.id, user.sessionId);
    await recordEvent(tx, { type: "user.password_changed", actorType: "USER", actorUserId: user.id, client, data: { sessionsEnded: ended.length } });
    return { sessionsEnded: ended.length };
  });
}
