import { z } from "zod";
import { countryCode, email, registrationNumber, registrationNumberError, requiredText } from "@/lib/validation/fields";

/** A signing session's id: 32 random base64url characters (it is the signer's proof of the session). */
export const signingSessionId = z
  .string({ error: "signing.sessionExpired" })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "signing.sessionExpired");

export const startSessionInput = z.object({
  versionId: z.string().min(1).max(40),
});

export const sendCodeInput = z.object({
  sessionId: signingSessionId,
  email,
});

export const verifyCodeInput = z.object({
  sessionId: signingSessionId,
  code: z
    .string({ error: "signing.codeFormat" })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "signing.codeFormat")),
});

export const signInput = z
  .object({
    versionId: z.string().min(1).max(40),
    submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "signing.formExpired"),
    /** The session in which the signer proved their e-mail address with a code. */
    signingSessionId: z
      .string({ error: "signing.emailNotVerified" })
      .regex(/^[A-Za-z0-9_-]{16,64}$/, "signing.emailNotVerified"),
    controller: z.object({
      legalName: requiredText(160),
      registrationNumber,
      addressLine: requiredText(160),
      postalCode: requiredText(16),
      city: requiredText(80),
      country: countryCode,
    }),
    signer: z.object({
      name: requiredText(120),
      function: requiredText(120),
      email,
      place: requiredText(80),
    }),
    method: z.enum(["DRAWN", "TYPED"], { error: "signing.methodRequired" }),
    imageDataUrl: z.string({ error: "signing.signatureEmpty" }).min(1, "signing.signatureEmpty").max(1_500_000, "signing.signatureTooLarge"),
    typedName: z.string().trim().max(120).optional(),
    consent: z.literal(true, { error: "signing.consentRequired" }),
    authority: z.literal(true, { error: "signing.authorityRequired" }),
  })
  .superRefine((value, ctx) => {
    const error = registrationNumberError(value.controller.country, value.controller.registrationNumber);
    if (error) ctx.addIssue({ code: "custom", path: ["controller", "registrationNumber"], message: error });
    if (value.method === "TYPED" && !value.typedName) {
      ctx.addIssue({ code: "custom", path: ["typedName"], message: "validation.required" });
    }
  });

export type SignInput = z.infer<typeof signInput>;
