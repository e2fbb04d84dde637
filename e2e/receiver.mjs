// Starts the real receiver binary (target/debug/glassbox-receiver) on a free 127.0.0.1 port with
// a fresh SQLite file, and resolves once it logs that it is listening: an event, not a poll.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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

/**
 * `env` is laid over the defaults; `staff` accounts ({ email, password, role }) are added with
 * `glassbox-receiver staff add` (the password on standard input) before the start.
 * Returns { url, process, stop() }.
 */
export async function startReceiver(env = {}, { staff = [] } = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-e2e-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The audit key, as an operator keeps it: a file outside the database, mode 600.
  const keyFile = path.join(dir, "audit.key");
  await fs.writeFile(keyFile, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  const bin = path.join(repo, "target/debug/glassbox-receiver");
  const fullEnv = {
    ...process.env,
    GLASSBOX_LISTEN: `127.0.0.1:${port}`,
    DATABASE_URL: `sqlite://${path.join(dir, "requests.db")}?mode=rwc`,
    GLASSBOX_RATE_LIMIT: "0",
    GLASSBOX_ADMIN_RATE_LIMIT: "0",
    GLASSBOX_AUDIT_KEY_FILE: keyFile,
    // The receiver serves files only from folders it is given (none by default).
    GLASSBOX_DIST_DIR: path.join(repo, "dist"),
    GLASSBOX_DEMO_DIR: path.join(repo, "demo"),
    NO_COLOR: "1",
    ...env,
    RUST_LOG: "info",
  };
  for (const { email, password, role = "admin" } of staff) {
    execFileSync(bin, ["staff", "add", email, "--role", role], { cwd: repo, env: fullEnv, input: `${password}\n` });
  }
  const child = spawn(bin, [], {
    cwd: repo,
    env: fullEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await gone;
    }
    await fs.rm(dir, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the receiver did not start listening within 60 s")), 60_000);
      const done = (f, v) => { clearTimeout(timer); f(v); };
      for (const stream of [child.stdout, child.stderr]) {
        readline.createInterface({ input: stream }).on("line", (line) => {
          if (/\blistening\b/.test(line)) done(resolve);
        });
      }
      child.once("exit", (code) => done(reject, new Error(`the receiver exited with ${code} before listening`)));
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, process: child, stop };
}
