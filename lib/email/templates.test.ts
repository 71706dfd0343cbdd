import { describe, expect, it } from "vitest";
import { emailTemplates, renderEmail } from "./templates";

const vars = {
  code: "482913",
  minutes: "10",
  agreementTitle: "Verwerkersovereenkomst Offertewerk",
  processorName: "Offertewerk B.V.",
  controllerName: "Bakkerij Brood & Zo B.V.",
  signerName: "Bram Visser",
  reference: "DPA-2026-7K3M9Q",
  downloadUrl: "https://dpa.example.test/d/secret",
  dashboardUrl: "https://dpa.example.test/app/offertewerk",
  organisationName: "Offertewerk B.V.",
  inviterName: "Sanne de Vries",
  role: "redacteur",
  acceptUrl: "https://dpa.example.test/invite/secret",
  expiresOn: "28 november 2026",
  name: "Anna de Boer",
  verifyUrl: "https://dpa.example.test/account/verify-email/secret",
  hours: "24",
  resetUrl: "https://dpa.example.test/account/reset-password/secret",
};

describe("renderEmail", () => {
  it("fills every template in both languages, leaving no placeholder", () => {
    for (const template of emailTemplates) {
      for (const language of ["nl", "en"] as const) {
        const { subject, text } = renderEmail(template, language, vars);
        expect(`${subject}\n${text}`, `${template} ${language}`).not.toMatch(/\{\w+\}/);
        expect(subject).not.toMatch(/[\r\n]/);
      }
    }
  });

  it("the code mail says the code, that it is valid 10 minutes, and that it may be ignored", () => {
    const nl = renderEmail("signing-code", "nl", vars);
    expect(nl.subject).toBe("Uw bevestigingscode: 482913");
    expect(nl.text).toContain("482913");
    expect(nl.text).toContain("10 minuten geldig");
    expect(nl.text).toContain("kunt u deze e-mail negeren");
    const en = renderEmail("signing-code", "en", vars);
    expect(en.text).toContain("valid for 10 minutes");
    expect(en.text).toContain("you can ignore this e-mail");
  });

  it("keeps a typed name from breaking the subject line", () => {
    const { subject } = renderEmail("signed-processor", "en", { ...vars, controllerName: "Evil\r\nBcc: x@y.test" });
    expect(subject).toBe("Evil Bcc: x@y.test has signed Verwerkersovereenkomst Offertewerk");
  });

  it("refuses a missing variable", () => {
    expect(() => renderEmail("download-link", "nl", { reference: "DPA-2026-7K3M9Q", agreementTitle: "x" })).toThrow(/downloadUrl/);
  });
});
