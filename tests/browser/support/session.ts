// One browser session per test: a fresh Chromium profile, and watchers that
// every journey gets for free — console errors, page errors, CSP violations,
// requests to other origins, and network requests (to prove offline use).
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "./chromium";

export interface SessionOptions {
  baseUrl: string;
  /** Reuse a profile (to cold-start offline with an installed service worker). */
  userDataDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  offline?: boolean;
}

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  /** Requests that reached the network rather than the service worker. */
  networkRequests: string[];
}

export class Session {
  readonly problems: Problems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
    networkRequests: [],
  };
  private ownsProfile: boolean;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
    readonly userDataDir: string,
    ownsProfile: boolean,
  ) {
    this.ownsProfile = ownsProfile;
  }

  static async open(options: SessionOptions): Promise<Session> {
    const ownsProfile = options.userDataDir === undefined;
    const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "waymark-profile-"));
    const args = [...CHROMIUM_ARGS];
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      args,
      viewport: options.viewport ?? { width: 360, height: 800 },
      colorScheme: options.colorScheme ?? "light",
      offline: options.offline ?? false,
      serviceWorkers: "allow",
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const session = new Session(context, page, options.baseUrl, userDataDir, ownsProfile);
    session.watch(page);
    return session;
  }

  private watch(page: Page): void {
    const origin = new URL(this.baseUrl).origin;
    page.on("console", (msg) => {
      if (msg.type() === "error") this.problems.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.problems.pageErrors.push(err.message));
    const onRequest = (req: Request) => {
      const url = req.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin !== origin) this.problems.foreignRequests.push(url);
    };
    this.context.on("request", onRequest);
    this.context.on("requestfinished", (req) => {
      req.response().then(
        (res) => {
          // Requests made by the service worker itself (precaching) and page
          // requests it did not answer both reach the network.
          if (res && !res.fromServiceWorker()) this.problems.networkRequests.push(req.url());
        },
        () => {
          // The browser closed before the response could be read: nothing to record.
        },
      );
    });
    this.context.on("requestfailed", (req) => this.problems.networkRequests.push(`${req.url()} (failed)`));
    // Collected in the page (CDP-injected, so the CSP does not block it).
    void page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href, { waitUntil: "load" });
    await this.page.locator("main h1").first().waitFor({ state: "visible", timeout: 15_000 });
  }

  /** Pulls CSP violations recorded in the page so far. */
  async collectCsp(): Promise<void> {
    try {
      const found = await this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      this.problems.cspViolations.push(...found);
      await this.page.evaluate(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
      });
    } catch {
      // Page navigating; the next collection picks it up.
    }
  }

  /** Waits until a service worker controls the page (installs, then reloads once if needed). */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await this.page.reload({ waitUntil: "load" });
      await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    }
  }

  async close(): Promise<void> {
    await this.collectCsp();
    await this.context.close();
    if (this.ownsProfile) rmSync(this.userDataDir, { recursive: true, force: true });
  }

  removeProfile(): void {
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
