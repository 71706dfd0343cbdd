import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { verifyPassword } from "@/lib/auth/password";
import { uniqueClient, unique } from "@/lib/test/factories";
import { signUp } from "./sign-up";
import { pinnedHeaders } from "@/lib/test/client-headers";

function form(overrides: Record<string, unknown> = {}) {
  const email = `${unique("anna")}@example.test`;
  return {
    name: "Anna de Boer",
    email,
    password: "correct paard batterij nietje",
    ...overrides,
  };
}

const fieldErrorsOf = (promise: Promise<unknown>) =>
  promise.then(() => null, (error) => (error instanceof AppError ? error.fieldErrors : error));

describe("sign-up", () => {
  it("creates the person only, unverified, with a verification link whose token is kept only as a hash", async () => {
    const input = form();
    const result = await signUp(input, uniqueClient());
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { memberships: true, accountTokens: true } });
    expect(user.id).toBe(result.userId);
    expect(user.memberships).toHaveLength(0);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.accountTokens).toHaveLength(1);
    expect(user.accountTokens[0].purpose).toBe("VERIFY_EMAIL");
    expect(user.accountTokens[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(input.password, user.passwordHash)).toBe(true);
  });

  it("refuses bad input with a message per field and stores nothing", async () => {
    const input = form({ email: "not-an-email", password: "short", name: "x".repeat(121) });
    expect(await fieldErrorsOf(signUp(input, uniqueClient()))).toMatchObject({
      email: "validation.email",
      password: "validation.passwordShort",
      name: "validation.tooLong",
    });
    expect(await fieldErrorsOf(signUp(form({ password: "wachtwoord1" }), uniqueClient()))).toMatchObject({ password: expect.any(String) });
    expect(await fieldErrorsOf(signUp({ nonsense: true }, uniqueClient()))).toMatchObject({ name: "validation.required" });
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("reports a taken e-mail address, also when two sign-ups race", async () => {
    const input = form();
    const results = await Promise.allSettled([signUp(input, uniqueClient()), signUp({ ...input }, uniqueClient())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.fieldErrors).toEqual({ email: "auth.emailTaken" });
    expect(await fieldErrorsOf(signUp({ ...input, email: input.email.toUpperCase() }, uniqueClient()))).toEqual({ email: "auth.emailTaken" });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });
});

describe("sign-in", () => {
  it("signs in with the right password and creates a 12-hour session", async () => {
    const input = form();
    await signUp(input, uniqueClient());
    const headers = pinnedHeaders("192.0.2.1", { "user-agent": "vitest" });
    const user = await signInWithPassword({ email: input.email, password: input.password }, headers);
    const session = await db.session.findUniqueOrThrow({ where: { id: user.sessionId } });
    const hours = (session.expiresAt.getTime() - session.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(12, 1);
    expect(session.ip).toBe("192.0.2.1");
  });

  it("locks an address out after five wrong passwords, even with the right one", async () => {
    const input = form();
    await signUp(input, uniqueClient());
    const headers = pinnedHeaders(`192.0.2.${Math.floor(Math.random() * 200) + 20}`);
    for (let i = 0; i < 5; i++) {
      await expect(signInWithPassword({ email: input.email, password: "wrong password" }, headers)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(signInWithPassword({ email: input.email, password: input.password }, headers)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
