// Refuses malformed POSTs before Next sees them. Next (16.4) answers 500 to many broken server
// action requests of its own (a multipart body without a boundary, invalid JSON, React flight
// references such as `$Q1` or `$1:constructor:constructor`, a foreign Origin, a truncated form) and
// reads whole bodies before deciding. Here every such request gets a short 4xx and changes nothing:
//   411 a body without Content-Length, 413 too large, 415 a content type no action sends,
//   403 another origin, 400 a body that is not what React's client sends for that action id,
//   404 an unknown action id.
// Only what a real client of this app can send passes; the body is then handed to Next unchanged.
// See docs/security/fuzz.md.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { actionParameters } from "./server-action-parameters.mjs";

const require = createRequire(import.meta.url);

/** Next's default server action body limit (serverActions.bodySizeLimit, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Bodies of other POSTs to pages and route handlers (uploads to /verify/check and import: 10 MB). */
export const OTHER_BODY_LIMIT = 12 * 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_PARTS = 200;
const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

class Refusal extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Reads the build's manifests once. `distDir` is the Next build directory (.next).
 * Returns `guard(request, response) => Promise<IncomingMessage | null>`: null when the request was
 * answered here, else the request to hand to Next (a copy carrying the body when it was read here).
 */
export function createRequestGuard(distDir, { isDev = false } = {}) {
  const manifest = readJson(path.join(distDir, "server", "server-reference-manifest.json"));
  const actions = new Map();
  for (const [id, entry] of Object.entries(manifest?.node ?? {})) {
    actions.set(id, actionParameters[`${entry.filename}#${entry.exportedName}`] ?? null);
  }
  const routeHandlers = routeHandlerPatterns(readJson(path.join(distDir, "server", "app-paths-manifest.json")) ?? {});
  const Busboy = loadBusboy();

  return async function guard(request, response) {
    if (!bodyMethods.has(request.method ?? "")) return request;
    try {
      const body = await check(request);
      return body === undefined ? request : withBody(request, body);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refuse(request, response, error.status, error.message);
      return null;
    }
  };

  async function check(request) {
    const headers = request.headers;
    const actionId = headers["next-action"];
    const contentType = String(headers["content-type"] ?? "").trim();
    const pathname = safePathname(request.url);
    // proxy.ts checks the URLs of requests without a body; it never sees these (see its matcher).
    checkUrl(request.url);
    const isRouteHandler = routeHandlers.some((pattern) => pattern.test(pathname));
    if (actionId === undefined && isRouteHandler) {
      // Route handlers read their own bodies with their own limits; only an endless body is refused.
      declaredLength(headers, OTHER_BODY_LIMIT);
      return;
    }
    if (actionId === undefined) {
      // A POST to a page is a form posted before the page's script ran (or nonsense).
      if (!/^multipart\/form-data/i.test(contentType) && !/^application\/x-www-form-urlencoded/i.test(contentType)) {
        declaredLength(headers, OTHER_BODY_LIMIT);
        return;
      }
      const length = declaredLength(headers, ACTION_BODY_LIMIT);
      if (/^application\/x-www-form-urlencoded/i.test(contentType)) throw new Refusal(415, "Unsupported form encoding");
      checkOrigin(headers);
      const body = await readBody(request, length);
      const fields = await parseMultipart(contentType, body);
      checkFormAction(fields);
      return body;
    }
    if (Array.isArray(actionId) || !/^[0-9a-f]{42}$/.test(actionId)) throw new Refusal(404, "Unknown action");
    // In development the manifest grows as pages compile: an id not seen yet gets the generic checks.
    if (!actions.has(actionId) && !isDev) throw new Refusal(404, "Unknown action");
    if (isRouteHandler) throw new Refusal(400, "Bad request");
    checkOrigin(headers);
    const isMultipart = /^multipart\/form-data/i.test(contentType);
    if (!isMultipart && !/^text\/plain(;|$)/i.test(contentType)) throw new Refusal(415, "Unsupported content type");
    const length = declaredLength(headers, ACTION_BODY_LIMIT);
    const body = await readBody(request, length);
    let args;
    let fields;
    if (isMultipart) {
      fields = await parseMultipart(contentType, body);
      const root = fields.get("0");
      if (root === undefined || root.isFile) throw new Refusal(400, "Bad request: malformed action arguments");
      args = parseModel(root.value);
    } else {
      args = parseModel(decodeUtf8(body));
    }
    checkArguments(actionId, args, fields);
    return body;
  }

  function checkFormAction(fields) {
    for (const [name, field] of fields) {
      if (!name.startsWith("$ACTION_")) continue;
      if (field.isFile) throw new Refusal(400, "Bad request: malformed form action");
      const idMatch = /^\$ACTION_ID_(.*)$/.exec(name);
      if (idMatch) {
        if (!actions.has(idMatch[1]) && !isDev) throw new Refusal(404, "Unknown action");
        continue;
      }
      const refMatch = /^\$ACTION_REF_(\d{1,3})$/.exec(name);
      if (refMatch) {
        const reference = fields.get(`$ACTION_${refMatch[1]}:0`);
        const value = reference ? parseModel(reference.value) : undefined;
        if (!isPlainObject(value) || typeof value.id !== "string" || (!actions.has(value.id) && !isDev)) {
          throw new Refusal(400, "Bad request: malformed form action");
        }
        if (value.bound !== null && value.bound !== `$@1`) throw new Refusal(400, "Bad request: malformed form action");
        if (value.bound !== null) {
          const bound = fields.get(`$ACTION_${refMatch[1]}:1`);
          const boundArgs = bound ? parseModel(bound.value) : undefined;
          if (!Array.isArray(boundArgs)) throw new Refusal(400, "Bad request: malformed form action");
        }
        continue;
      }
      if (!/^\$ACTION_KEY$|^\$ACTION_\d{1,3}:\d$/.test(name)) throw new Refusal(400, "Bad request: malformed form action");
    }
  }

  function checkArguments(actionId, args, fields) {
    if (!Array.isArray(args)) throw new Refusal(400, "Bad request: malformed action arguments");
    // The id's first byte: 1 bit "use cache", 6 bits which of the first six parameters are used,
    // 1 bit rest parameters (Next's server reference id format).
    const info = Number.parseInt(actionId.slice(0, 2), 16);
    const usedMask = (info >> 1) & 0x3f;
    const hasRest = (info & 1) === 1;
    let required = 0;
    for (let index = 0; index < 6; index++) if (usedMask & (0x20 >> index)) required = index + 1;
    const kinds = actions.get(actionId) ?? null;
    const expected = kinds ? kinds.length : required;
    if (args.length < Math.min(required, expected) || (!hasRest && args.length > Math.max(expected, required))) {
      throw new Refusal(400, "Bad request: wrong number of action arguments");
    }
    if (!kinds) return;
    kinds.forEach((kind, index) => {
      const value = args[index];
      if (kind === "string" && (typeof value !== "string" || (value.startsWith("$") && !value.startsWith("$$")))) {
        throw new Refusal(400, "Bad request: malformed action arguments");
      }
      if (kind === "formData") {
        const match = typeof value === "string" ? /^\$K([0-9a-f]{1,4})$/.exec(value) : null;
        if (!match || !fields) throw new Refusal(400, "Bad request: malformed action arguments");
      }
    });
  }

  async function parseMultipart(contentType, body) {
    if (!/;\s*boundary=("?)[^";]{1,70}\1/i.test(contentType)) throw new Refusal(400, "Bad request: multipart body without boundary");
    return new Promise((resolve, reject) => {
      const fields = new Map();
      let parser;
      try {
        parser = Busboy({
          headers: { "content-type": contentType },
          limits: { fields: MAX_PARTS, files: MAX_PARTS, parts: MAX_PARTS, fieldSize: ACTION_BODY_LIMIT, fileSize: ACTION_BODY_LIMIT },
        });
      } catch {
        reject(new Refusal(400, "Bad request: malformed multipart body"));
        return;
      }
      const fail = () => reject(new Refusal(400, "Bad request: malformed multipart body"));
      parser.on("field", (name, value, info) => {
        if (info.nameTruncated || info.valueTruncated) return fail();
        fields.set(name, { value, isFile: false });
      });
      parser.on("file", (name, stream) => {
        fields.set(name, { value: "", isFile: true });
        stream.resume();
      });
      parser.on("partsLimit", fail);
      parser.on("filesLimit", fail);
      parser.on("fieldsLimit", fail);
      parser.on("error", fail);
      parser.on("close", () => resolve(fields));
      parser.end(body);
    });
  }
}

/** What React's client sends for arguments: JSON with only the `$` references it writes for plain values and FormData. */
function parseModel(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(400, "Bad request: invalid JSON");
  }
  const stack = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop();
    if (depth > MAX_DEPTH) throw new Refusal(400, "Bad request: nested too deeply");
    if (typeof item === "string") {
      if (item.startsWith("$") && !isAllowedReference(item)) throw new Refusal(400, "Bad request: unsupported reference");
    } else if (Array.isArray(item)) {
      for (const element of item) stack.push([element, depth + 1]);
    } else if (item && typeof item === "object") {
      for (const [key, element] of Object.entries(item)) {
        if (key === "__proto__" || key === "constructor" || key === "prototype") throw new Refusal(400, "Bad request: unsupported key");
        stack.push([element, depth + 1]);
      }
    }
  }
  return value;
}

function isAllowedReference(text) {
  return (
    text.startsWith("$$") ||
    /^\$K[0-9a-f]{1,4}$/.test(text) ||
    /^\$(undefined|NaN|Infinity|-Infinity|-0)$/.test(text) ||
    /^\$D\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text) ||
    /^\$n-?\d{1,40}$/.test(text)
  );
}

function checkOrigin(headers) {
  const origin = headers.origin;
  if (origin === undefined) return;
  const host = String(headers["x-forwarded-host"] ?? headers.host ?? "").split(",")[0].trim().toLowerCase();
  let originHost;
  try {
    originHost = new URL(String(origin)).host.toLowerCase();
  } catch {
    throw new Refusal(403, "Forbidden: foreign origin");
  }
  if (!originHost || originHost !== host) throw new Refusal(403, "Forbidden: foreign origin");
}

function declaredLength(headers, limit) {
  const raw = headers["content-length"];
  if (raw === undefined) {
    if (headers["transfer-encoding"] !== undefined) throw new Refusal(411, "Length required");
    return 0;
  }
  if (!/^\d{1,12}$/.test(String(raw))) throw new Refusal(400, "Bad request: invalid Content-Length");
  const length = Number(raw);
  if (length > limit) throw new Refusal(413, "Request body too large");
  return length;
}

function readBody(request, length) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > length) {
        request.removeAllListeners("data");
        reject(new Refusal(400, "Bad request: body longer than Content-Length"));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", () => reject(new Refusal(400, "Bad request: body not received")));
  });
}

function decodeUtf8(buffer) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw new Refusal(400, "Bad request: body is not UTF-8");
  }
}

// The body was read here: Next gets a request that carries it again, readable in every way (events,
// pipe, async iteration, Readable.toWeb), on the same socket and with the same headers.
function withBody(request, body) {
  const copy = new http.IncomingMessage(request.socket);
  copy.method = request.method;
  copy.url = request.url;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.headers = request.headers;
  copy.rawHeaders = request.rawHeaders;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function refuse(request, response, status, message) {
  const body = `${message}\n`;
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(body);
  // What the client still sends is read and dropped (never kept in memory), so that it can read
  // this answer instead of seeing the connection reset.
  request.resume();
}

function routeHandlerPatterns(appPaths) {
  return Object.keys(appPaths)
    .filter((page) => page.endsWith("/route"))
    .map((page) => {
      const segments = page
        .replace(/\/route$/, "")
        .split("/")
        .filter((segment) => segment && !/^\(.*\)$/.test(segment))
        .map((segment) => {
          if (/^\[\[?\.\.\..+\]\]?$/.test(segment)) return "(?:/.*)?";
          if (/^\[.+\]$/.test(segment)) return "/[^/]+";
          return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
        });
      return new RegExp(`^${segments.join("")}/?$`);
    });
}

function checkUrl(url) {
  const [pathname, query = ""] = String(url ?? "/").split(/\?(.*)/s);
  try {
    for (const segment of pathname.split("/")) if (decodeURIComponent(segment).includes("\0")) throw new Error("NUL");
  } catch {
    throw new Refusal(400, "Bad request: malformed URL");
  }
  for (const [name, value] of new URLSearchParams(query)) {
    if (name.includes("\0") || value.includes("\0")) throw new Refusal(400, "Bad request: invalid parameter");
  }
}

function safePathname(url) {
  const pathname = String(url ?? "/").split("?")[0];
  return pathname || "/";
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function loadBusboy() {
  const busboy = require("next/dist/compiled/busboy");
  return typeof busboy === "function" ? busboy : busboy.default;
}
