// The production server: Next's request handler behind a plain Node HTTP server, so that the
// client's address is taken from the socket (scripts/lib/client-address.mjs) and not from headers
// a client can forge. `node scripts/serve.mjs [--dev]`; PORT (default 3000), HOSTNAME (default all).
import { randomBytes } from "node:crypto";
import http from "node:http";
import next from "next";
import { CLIENT_PIN_ENV, pinClientAddress, readProxyConfig } from "./lib/client-address.mjs";
import { resolveEmailDelivery } from "./lib/email-delivery.mjs";
import { createRequestGuard } from "./lib/request-guard.mjs";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
let proxyConfig;
try {
  proxyConfig = readProxyConfig(process.env);
} catch (error) {
  console.error(`[serve] ${error.message}`);
  process.exit(1);
}
// Tells lib/http/client-info.ts that the client's address was pinned here (not forged under `next start`).
const clientPin = randomBytes(16).toString("hex");
process.env[CLIENT_PIN_ENV] = clientPin;

// Decided on the operator's environment, before Next sets NODE_ENV=production for its build.
const delivery = resolveEmailDelivery(process.env);
if ("problem" in delivery) {
  console.error(`Refusing to start: ${delivery.problem}`);
  process.exit(1);
}
// The app shows /mailbox only with DEV_MAILBOX=1 (lib/email/list-kept-emails.ts).
if (delivery.mode !== "mailbox") delete process.env.DEV_MAILBOX;

const app = next({ dev: isDev, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
const guardRequest = createRequestGuard(".next", { isDev });

const server = http.createServer((request, response) => {
  pinClientAddress(request.headers, request.socket.remoteAddress, proxyConfig, clientPin);
  guardRequest(request, response).then((checked) => checked && handle(checked, response)).catch((error) => {
    console.error("[serve] unhandled error", error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
    response.end("Internal error");
  });
});
server.listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname ?? "localhost"}:${port}${isDev ? " (development)" : ""}`);
});

let isStopping = false;
function stop(signal) {
  if (isStopping) return;
  isStopping = true;
  console.log(`${signal}: closing the server`);
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
