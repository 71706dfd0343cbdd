import { execFile, execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import forge from "node-forge";
import { afterEach, describe, expect, it } from "vitest";
import { DEVELOPMENT_P12_FILE, assertSealCertificateAllowed, forgetSealKey, getSealKey, readOrCreateDevelopmentP12 } from "./seal-key";
import { sealPdf } from "./seal-pdf";
import { requireTool } from "@/lib/test/required-tools";
import { pdfsig } from "./test-helpers";
import { renderSignedAgreementPdf } from "@/lib/pdf";
import { pdfTestSignedInput } from "@/lib/pdf/test-fixture";

const run = promisify(execFile);
const freshDir = () => join(mkdtempSync(join(tmpdir(), "seal-dir-")), "seal");

afterEach(() => {
  delete process.env.SEAL_P12_PATH;
  delete process.env.SEAL_P12_PASSWORD;
  forgetSealKey();
});

describe("the development sealing certificate", () => {
  it("is made on first use, private to its owner, and reused", async () => {
    const dir = freshDir();
    process.env.SEAL_DIR = dir;
    const key = await getSealKey();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, DEVELOPMENT_P12_FILE)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual([DEVELOPMENT_P12_FILE]); // no temporary file left behind

    const x509 = new X509Certificate(key.certificate);
    expect(x509.subject).toContain("CN=Verwerkersovereenkomst development seal");
    expect(key.isDevelopment).toBe(true);
    const years = (new Date(x509.validTo).getTime() - new Date(x509.validFrom).getTime()) / (365.25 * 86400_000);
    expect(years).toBeGreaterThan(4.99);
    expect(years).toBeLessThan(5.01);
    const keyUsage = forge.pki.certificateFromPem(x509.toString()).getExtension("keyUsage") as { digitalSignature?: boolean; nonRepudiation?: boolean; keyCertSign?: boolean };
    expect(keyUsage).toMatchObject({ digitalSignature: true, nonRepudiation: true });
    expect(keyUsage.keyCertSign).toBeFalsy();

    // Loaded once per process: the same object every time.
    expect(await getSealKey()).toBe(key);
    // Another process (simulated by forgetting) finds the same certificate.
    forgetSealKey();
    expect((await getSealKey()).fingerprint256).toBe(key.fingerprint256);
  });

  it("comes out the same for processes that make it at the same moment", async () => {
    const dir = freshDir();
    const startAt = Date.now() + 2_500; // all children start creating at once
    const children = Array.from({ length: 4 }, () =>
      run(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "lib/sealing/test-load-key-child.ts", String(startAt)], {
        env: { ...process.env, SEAL_DIR: dir, SEAL_P12_PATH: "" },
        timeout: 30_000,
      }),
    );
    const fingerprints = (await Promise.all(children)).map((child) => child.stdout.trim());
    expect(fingerprints[0]).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Set(fingerprints).size).toBe(1);
    expect(readdirSync(dir)).toEqual([DEVELOPMENT_P12_FILE]);
    process.env.SEAL_DIR = dir;
    expect((await getSealKey()).fingerprint256).toBe(fingerprints[0]);
  }, 60_000);

  it("readOrCreateDevelopmentP12 returns the file's bytes on later calls", () => {
    const dir = freshDir();
    const first = readOrCreateDevelopmentP12(dir);
    expect(readOrCreateDevelopmentP12(dir).equals(first)).toBe(true);
  });
});

describe("a configured PKCS#12 (SEAL_P12_PATH)", () => {
  it("seals with an EC P-256 key from an OpenSSL-made PKCS#12 (AES-256, SHA-256 MAC)", async () => {
    requireTool("openssl");
    const dir = mkdtempSync(join(tmpdir(), "seal-p12-"));
    const key = join(dir, "key.pem");
    const cert = join(dir, "cert.pem");
    const p12 = join(dir, "seal.p12");
    execFileSync("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key], { stdio: "ignore" });
    execFileSync("openssl", ["req", "-new", "-x509", "-key", key, "-out", cert, "-days", "30", "-subj", "/CN=Test Seal EC/O=Test", "-addext", "keyUsage=critical,digitalSignature,nonRepudiation"], { stdio: "ignore" });
    execFileSync("openssl", ["pkcs12", "-export", "-inkey", key, "-in", cert, "-out", p12, "-passout", "pass:geheim wachtwoord", "-keypbe", "AES-256-CBC", "-certpbe", "AES-256-CBC", "-macalg", "sha256"], { stdio: "ignore" });
    process.env.SEAL_P12_PATH = p12;
    process.env.SEAL_P12_PASSWORD = "geheim wachtwoord";
    const loaded = await getSealKey();
    expect(loaded.keyType).toBe("ec");
    expect(loaded.isDevelopment).toBe(false);
    expect(loaded.subject).toContain("CN=Test Seal EC");

    const { pdf } = await sealPdf(await renderSignedAgreementPdf(pdfTestSignedInput), { tsaUrl: "" });
    const report = pdfsig(pdf);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Test Seal EC");
  });

  it("fails clearly with a wrong password or a missing file, and tries again on the next call", async () => {
    const dir = freshDir();
    readOrCreateDevelopmentP12(dir);
    process.env.SEAL_P12_PATH = join(dir, DEVELOPMENT_P12_FILE);
    process.env.SEAL_P12_PASSWORD = "wrong";
    await expect(getSealKey()).rejects.toThrow(/cannot be opened \(wrong SEAL_P12_PASSWORD/);
    process.env.SEAL_P12_PATH = join(dir, "missing.p12");
    await expect(getSealKey()).rejects.toThrow(/cannot be read \(ENOENT\)/);
    await expect(getSealKey()).rejects.not.toThrow(/missing\.p12/); // no path in what a dashboard may show
  });

  it("refuses a file that is not a PKCS#12", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "seal-bad-")), "bad.p12");
    writeFileSync(file, "not a pkcs12 file");
    process.env.SEAL_P12_PATH = file;
    await expect(getSealKey()).rejects.toThrow(/cannot be opened/);
  });
});

describe("the development certificate in production", () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, allow: process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE };
  afterEach(() => {
    (process.env as Record<string, string | undefined>).NODE_ENV = saved.NODE_ENV;
    if (saved.allow === undefined) delete process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE;
    else process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE = saved.allow;
  });

  it("is refused with NODE_ENV=production unless SEAL_ALLOW_DEVELOPMENT_CERTIFICATE=1", async () => {
    expect(() => assertSealCertificateAllowed({ NODE_ENV: "production" })).toThrow(/SEAL_P12_PATH/);
    expect(() => assertSealCertificateAllowed({ NODE_ENV: "production", SEAL_ALLOW_DEVELOPMENT_CERTIFICATE: "1" })).not.toThrow();
    expect(() => assertSealCertificateAllowed({ NODE_ENV: "production", SEAL_P12_PATH: "/etc/seal.p12" })).not.toThrow();
    expect(() => assertSealCertificateAllowed({ NODE_ENV: "development" })).not.toThrow();

    process.env.SEAL_DIR = freshDir();
    (process.env as Record<string, string | undefined>).NODE_ENV = "production";
    delete process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE;
    forgetSealKey();
    await expect(getSealKey()).rejects.toThrow(/self-signed development certificate/);
    process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE = "1";
    expect((await getSealKey()).isDevelopment).toBe(true);
  });
});
