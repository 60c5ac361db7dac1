/** Next.js calls this once per server instance; the worker lives in a Node-only module. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startInstanceWorker } = await import("./lib/jobs/instance-worker");
    startInstanceWorker();
  }
}
