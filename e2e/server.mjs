// Static servers for the demo and the end-to-end tests, on 127.0.0.1 only.
//
// The "site" serves the demo host pages (demo/), the test fixtures (/fixtures/) and dist/ under
// /dist/. With a "cdn", dist/ is also served from a second origin (another port, CORS open) and
// the site's pages load glassbox.js from there, as a customer using a CDN would.
// Pages whose name ends in -csp.html are sent with the strict Content-Security-Policy that the
// README documents.
import http from "node:http";
import zlib from "node:zlib";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// Brotli bodies by file and content, made once (quality 11, as a CDN serves static files
// precompressed), so that compressing costs the server no time per request.
const brotliCache = new Map();
function brotli(file, body) {
  const hit = brotliCache.get(file);
  if (hit && hit.raw.equals(body)) return hit.br;
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  brotliCache.set(file, { raw: body, br });
  return br;
}

async function sendFile(res, file, rewrite, compress) {
  let body;
  try {
    body = await fs.readFile(file);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("not found");
  }
  const ext = path.extname(file);
  if (ext === ".html" && rewrite) body = Buffer.from(rewrite(body.toString("utf8")));
  res.setHeader("content-type", TYPES[ext] || "application/octet-stream");
  res.setHeader("cache-control", "no-store");
  if (compress && ext !== ".png" && /\bbr\b/.test(compress)) {
    res.setHeader("content-encoding", "br");
    res.setHeader("vary", "accept-encoding");
    body = brotli(file, body);
  }
  res.end(body);
}

function within(dir, urlPath) {
  const file = path.join(dir, path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ""));
  return file.startsWith(dir) ? file : null;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

/**
 * Starts the site (and optionally a CDN origin for dist/). Returns their URLs and a close().
 * `brotli`: send brotli-compressed bodies to browsers that accept them, as a CDN does (the bench).
 */
export async function startServers({ dist = path.join(repo, "dist"), cdn = true, port = 0, extraRoots = {}, brotli: compress = false } = {}) {
  let cdnUrl = null;
  let cdnServer = null;
  if (cdn) {
    cdnServer = http.createServer((req, res) => {
      res.setHeader("access-control-allow-origin", "*");
      const file = within(dist, new URL(req.url, "http://x").pathname);
      return file ? sendFile(res, file, null, compress && req.headers["accept-encoding"]) : res.writeHead(400).end();
    });
    cdnUrl = await listen(cdnServer, 0);
  }
  const roots = { "/fixtures/": path.join(here, "fixtures"), "/dist/": dist, ...extraRoots };
  const site = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let pathname = url.pathname === "/" ? "/index.html" : url.pathname;
    let dir = path.join(repo, "demo");
    for (const [prefix, root] of Object.entries(roots)) {
      if (pathname.startsWith(prefix)) {
        dir = root;
        pathname = pathname.slice(prefix.length - 1);
      }
    }
    const file = within(dir, pathname);
    if (!file) return res.writeHead(400).end();
    const sameOrigin = url.searchParams.has("same-origin") || file.endsWith("-csp.html");
    if (file.endsWith("-csp.html")) res.setHeader("content-security-policy", STRICT_CSP);
    const rewrite =
      cdnUrl && !sameOrigin ? (html) => html.replaceAll('src="/dist/glassbox.js"', `src="${cdnUrl}/glassbox.js"`) : null;
    return sendFile(res, file, rewrite, compress && req.headers["accept-encoding"]);
  });
  const siteUrl = await listen(site, port);
  return {
    site: siteUrl,
    cdn: cdnUrl,
    close: () => Promise.all([site, cdnServer].filter(Boolean).map((s) => new Promise((r) => s.close(r)))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.GLASSBOX_DEMO_PORT || 8787);
  const servers = await startServers({ cdn: false, port });
  console.log(`Glassbox demo: ${servers.site}/  (chatbot: ${servers.site}/chat.html, French: ${servers.site}/chat.html?lang=fr)`);
}
