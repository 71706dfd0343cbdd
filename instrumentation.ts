// Next calls register() once when a server starts (not during `next build`). The job workers
// (e-mail, PDF sealing) run inside every app instance; pg-boss shares the work between them.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startWorkers } = await import("./lib/jobs/worker");
    await startWorkers();
  }
}
