import { mkdtemp } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { SignInOption } from "../../infra/local/api.js";
import type { WebConfig } from "../../shared/api/web-config.js";
import { serve } from "../../infra/local/server.js";
import { buildWeb } from "../../infra/local/web.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * What every browser journey stands on: the web app built into a temporary folder, served with the local
 * API on one origin over DynamoDB Local, Debian's chromium through playwright-core on a phone-sized window,
 * and a local sign-in page offering the people each test adds.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const PHONE = { width: 360, height: 740 };

export interface BrowserStack {
  url: string;
  webDir: string;
  api: TestApi;
  story: Scenarios;
  browser: Browser;
  /** Puts someone on the local sign-in page under a button with this label. */
  offer(caller: Caller, label: string): void;
  /** A fresh phone-sized browser (Indonesian locale) on the app's first page. */
  phone(): Promise<{ context: BrowserContext; page: Page }>;
  /** axe's violations of serious or critical impact on the page as it is now. */
  seriousViolations(page: Page): Promise<string[]>;
}

/**
 * Starts the stack before the file's tests and stops it after them; read the fields inside the tests.
 * `webConfig` is what the app reads from /config.json (unless said: the local sign-in).
 */
export function browserStack({ webConfig }: { webConfig?: () => WebConfig } = {}): BrowserStack {
  let server: Server | undefined;
  const offered: SignInOption[] = [];
  const stack = {
    offer: (caller: Caller, label: string) => void offered.push({ label, username: caller.username, groups: caller.groups, token: caller.token }),
    async phone() {
      const context = await stack.browser.newContext({ viewport: PHONE, locale: "id-ID" });
      const page = await context.newPage();
      await page.goto(stack.url);
      return { context, page };
    },
    async seriousViolations(page: Page) {
      const { violations } = await new AxeBuilder({ page }).analyze();
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    },
  } as BrowserStack;

  beforeAll(async () => {
    stack.webDir = await mkdtemp(join(tmpdir(), "lab-web-"));
    await buildWeb(stack.webDir);
    stack.api = await testApi({ webDir: stack.webDir, signIn: async () => offered, ...(webConfig ? { webConfig } : {}) });
    stack.story = scenarios(stack.api, await stack.api.user("admin"));
    server = await serve(stack.api.dispatch, 0);
    const address = server.address();
    stack.url = `http://localhost:${typeof address === "object" && address ? address.port : 0}`;
    // the local file store's links name the server, as npm start's do
    process.env.LOCAL_FILES_URL = stack.url;
    stack.browser = await chromium.launch({ executablePath: CHROMIUM });
  });

  afterAll(async () => {
    await stack.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  return stack;
}
