// A browser session per test: a fresh context with watchers every journey
// gets for free — console errors, page errors, CSP violations, requests to
// other origins, and network requests (to prove offline use).
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { HANG_GUARD_MS, sharedBrowser } from "./browser";

export interface SessionOptions {
  baseUrl: string;
  /** A browser process with this profile of its own (to cold-start offline with an installed service worker). */
  userDataDir?: string;
  /** A browser process of its own even without a given profile (the profile is then temporary). */
  persistent?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  offline?: boolean;
  /**
   * Let the service worker install (offline and update tests). Off by default:
   * precaching every chunk costs each new context seconds of CPU that
   * journeys about behaviour do not need.
   */
  serviceWorker?: boolean;
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

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
    readonly userDataDir: string | null,
    private readonly ownsProfile: boolean,
  ) {}

  static async open(options: SessionOptions): Promise<Session> {
    const common = {
      viewport: options.viewport ?? { width: 360, height: 800 },
      colorScheme: options.colorScheme ?? "light",
      offline: options.offline ?? false,
      serviceWorkers: options.serviceWorker === true ? ("allow" as const) : ("block" as const),
    };
    let context: BrowserContext;
    let userDataDir: string | null = null;
    let ownsProfile = false;
    if (options.userDataDir !== undefined || options.persistent === true) {
      ownsProfile = options.userDataDir === undefined;
      userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "waymark-profile-"));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
        ...common,
      });
    } else {
      context = await (await sharedBrowser()).newContext(common);
    }
    context.setDefaultTimeout(HANG_GUARD_MS);
    context.setDefaultNavigationTimeout(HANG_GUARD_MS);
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
    this.context.on("requestfailed", (req) => {
      // A request the page abandoned by navigating away (a prefetch, say) is
      // not network use; a real attempt with the server down fails otherwise.
      const reason = req.failure()?.errorText ?? "";
      if (!reason.includes("ERR_ABORTED")) this.problems.networkRequests.push(`${req.url()} (failed: ${reason})`);
    });
    // Collected in the page (CDP-injected, so the CSP does not block it).
    void page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  }

  /** Opens a path and waits until its screen has a heading. */
  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href, { waitUntil: "load" });
    await this.page.locator("main h1").first().waitFor({ state: "visible" });
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
      await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    }
  }

  /** Fails the test on any problem a watcher saw (called after each test). */
  async expectNoProblems(label: string): Promise<void> {
    await this.collectCsp();
    const { consoleErrors, pageErrors, cspViolations, foreignRequests } = this.problems;
    const all = [
      ...consoleErrors.map((e) => `console: ${e}`),
      ...pageErrors.map((e) => `page error: ${e}`),
      ...cspViolations.map((e) => `CSP: ${e}`),
      ...foreignRequests.map((e) => `foreign request: ${e}`),
    ];
    if (all.length > 0) throw new Error(`${label}:\n${all.join("\n")}`);
  }

  async close(): Promise<void> {
    await this.collectCsp();
    await this.context.close();
    if (this.ownsProfile && this.userDataDir !== null) rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
