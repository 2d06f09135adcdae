// Finds Debian's Chromium. Never downloads a browser build: CHROMIUM_PATH,
// else /usr/bin/chromium; if neither exists and we are root with apt-get,
// install Debian's package; otherwise fail with one line saying what to run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const INSTALL_HINT = "Chromium not found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.";

export function findChromium(options: { install: boolean } = { install: true }): string {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv !== undefined && fromEnv !== "") {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (options.install && isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium package (once per machine)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(INSTALL_HINT);
}

/** Flags for a quiet, reproducible headless Chromium on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-default-apps",
  "--disable-extensions",
  "--metrics-recording-only",
  "--no-default-browser-check",
];
