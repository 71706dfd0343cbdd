import { z } from "zod";
import { countryCode, email, registrationNumber, registrationNumberError, requiredText } from "@/lib/validation/fields";

export const organisationInput = z
  .object({
    legalName: requiredText(160),
    registrationNumber,
    country: countryCode,
    addressLine: requiredText(160),
    postalCode: requiredText(16),
    city: requiredText(80),
    privacyEmail: email,
  })
  .superRefine((value, ctx) => {
    const error = registrationNumberError(value.country, value.registrationNumber);
    if (error) ctx.addIssue({ code: "custom", path: ["registrationNumber"], message: error });
  });

const commonPasswords = new Set([
  "password", "password1", "password123", "wachtwoord", "wachtwoord1", "welkom123", "welkom01", "qwerty123",
  "1234567890", "12345678910", "iloveyou12", "letmein123", "admin12345", "changeme12", "qwertyuiop",
]);

export const password = z
  .string({ error: "validation.required" })
  .min(10, "validation.passwordShort")
  .max(200, "validation.tooLong")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "validation.passwordCommon")
  .refine((value) => new Set(value).size >= 5, "validation.passwordCommon");

export const signUpInput = z
  .object({
    name: requiredText(120),
    email,
    password,
  })
  .refine((value) => !value.password.toLowerCase().includes(value.email.split("@")[0]), {
    path: ["password"],
    message: "validation.passwordCommon",
  });

export type SignUpInput = z.infer<typeof signUpInput>;
export type OrganisationInput = z.infer<typeof organisationInput>;
