// Next calls register() once when a server starts (not during `next build`). The job workers
// (e-mail, PDF sealing) run inside every app instance; pg-boss shares the work between them.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // Refuse to serve in production with the self-signed development seal (unless allowed).
    const { assertSealCertificateAllowed } = await import("./lib/sealing/seal-key");
    try {
      assertSealCertificateAllowed();
    } catch (error) {
      console.error(`[sealing] ${(error as Error).message}`);
      process.exit(1);
    }
    const { startWorkers } = await import("./lib/jobs/worker");
    await startWorkers();
  }
}
