// The shipped reverse-proxy configuration (deploy/nginx/glassbox.conf) as an operator would use
// it: `nginx -t` accepts it, and nginx running it in front of the REAL receiver serves the API
// over TLS, redirects plain http, refuses dotfiles and oversized bodies, and sends HSTS. The only
// changes made for the test: the certificate paths (a self-signed certificate made here), the
// ports (free ones on 127.0.0.1 instead of 80/443, no IPv6) and the receiver's port.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import https from "node:https";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { startReceiver } from "./receiver.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "privacy.example.com";
let dir, receiver, nginx, ca, tlsPort, httpPort;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One request to nginx; resolves with { status, headers, body }. */
function request(url, { method = "GET", body, headers = {} } = {}) {
  const u = new URL(url);
  const lib = u.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      {
        host: "127.0.0.1",
        port: u.port,
        path: u.pathname,
        method,
        servername: HOST,
        ca,
        headers: { host: `${HOST}:${u.port}`, ...headers },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-nginx-"));
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${HOST}`,
    "-addext", `subjectAltName=DNS:${HOST}`,
    "-keyout", path.join(dir, "privkey.pem"), "-out", path.join(dir, "fullchain.pem"),
  ], { stdio: "ignore" });
  ca = await fs.readFile(path.join(dir, "fullchain.pem"));
  // A served folder holding dotfiles, as a careless deployment might: the proxy must not pass
  // them on, whatever the receiver would do.
  const site = path.join(dir, "site");
  await fs.mkdir(path.join(site, ".git"), { recursive: true });
  await fs.writeFile(path.join(site, ".env"), "SECRET=1\n");
  await fs.writeFile(path.join(site, ".git", "config"), "[core]\n");
  await fs.writeFile(path.join(site, "index.html"), "<!doctype html><title>site</title>\n");
  receiver = await startReceiver({
    GLASSBOX_ADMIN_TOKEN: "deploy-test-token-0123456789abcdef",
    GLASSBOX_DEMO_DIR: site,
    GLASSBOX_DIST_DIR: site,
    // As the shipped file's comment says; a burst of 3 submissions per client.
    GLASSBOX_TRUSTED_PROXIES: "127.0.0.1",
    GLASSBOX_RATE_LIMIT: "1",
    GLASSBOX_RATE_BURST: "3",
  });
  const receiverPort = new URL(receiver.url).port;
  [tlsPort, httpPort] = [await freePort(), await freePort()];
  const shipped = await fs.readFile(path.join(repo, "deploy/nginx/glassbox.conf"), "utf8");
  const conf = shipped
    .replaceAll("/etc/letsencrypt/live/privacy.example.com", dir)
    .replace(/^\s*listen \[::\]:.*$/gm, "")
    .replace("listen 443 ssl http2;", `listen 127.0.0.1:${tlsPort} ssl http2;`)
    .replace("listen 80;", `listen 127.0.0.1:${httpPort};`)
    .replace("proxy_pass http://127.0.0.1:8787;", `proxy_pass http://127.0.0.1:${receiverPort};`);
  assert.notEqual(conf, shipped);
  await fs.writeFile(path.join(dir, "glassbox.conf"), conf);
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) await fs.mkdir(path.join(dir, d));
  await fs.writeFile(
    path.join(dir, "nginx.conf"),
    `pid ${dir}/nginx.pid;
error_log stderr notice;
user root;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/glassbox.conf;
}
`,
  );
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const gone = new Promise((r) => nginx.once("exit", r));
    nginx.kill("SIGQUIT");
    await gone;
  }
  await receiver?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("nginx -t accepts the shipped configuration", () => {
  const out = execFileSync("nginx", ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  assert.equal(typeof out, "string");
});

test("nginx with the shipped configuration serves the receiver over TLS, and only over TLS", async () => {
  nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  await new Promise((resolve, reject) => {
    readline.createInterface({ input: nginx.stderr }).on("line", (line) => {
      if (/start worker process/.test(line)) resolve();
    });
    nginx.once("exit", (code) => reject(new Error(`nginx exited with ${code}`)));
  });
  const tls = `https://${HOST}:${tlsPort}`;

  const health = await request(`${tls}/healthz`);
  assert.equal(health.status, 200, health.body);
  assert.match(health.headers["strict-transport-security"] ?? "", /max-age=\d+/);
  assert.equal(health.headers.server, "nginx", "no version in the Server header");

  const plain = await request(`http://${HOST}:${httpPort}/healthz`);
  assert.equal(plain.status, 301);
  assert.match(plain.headers.location, /^https:\/\//);

  assert.equal((await request(`${tls}/index.html`)).status, 200, "the served folder is reachable");
  for (const dotted of ["/.env", "/.git/config", "/dist/.env"]) {
    const res = await request(`${tls}${dotted}`);
    assert.equal(res.status, 404, dotted);
    assert.doesNotMatch(res.body, /SECRET|\[core\]/, dotted);
  }

  const huge = await request(`${tls}/v1/requests`, {
    method: "POST",
    body: "x".repeat(2 * 1024 * 1024),
    headers: { "content-type": "application/json" },
  });
  assert.equal(huge.status, 413, "a body over the proxy's limit never reaches the receiver");

  // A real request through the proxy reaches the receiver and is acknowledged.
  const submitted = await request(`${tls}/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      schema: "glassbox.request/v1",
      id: "5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
      kinds: ["access"],
      submitted_at: new Date().toISOString(),
      lang: "en",
      requester: { email: "proxy@example.com" },
    }),
  });
  assert.equal(submitted.status, 201, submitted.body);
  assert.ok(JSON.parse(submitted.body).reference);
  assert.equal(submitted.headers["x-content-type-options"], "nosniff");

  // nginx replaces the client's own X-Forwarded-For, so a client naming other addresses stays
  // in its one bucket (burst 3: the submission above and two more, then 429).
  const answers = [];
  for (const forged of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) {
    const res = await request(`${tls}/v1/requests`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forged },
      body: JSON.stringify({
        schema: "glassbox.request/v1",
        id: crypto.randomUUID(),
        kinds: ["access"],
        submitted_at: new Date().toISOString(),
        lang: "en",
        requester: { email: "proxy@example.com" },
      }),
    });
    answers.push(res.status);
  }
  assert.deepEqual(answers, [201, 201, 429], "a forged X-Forwarded-For does not escape the rate limit");
});
