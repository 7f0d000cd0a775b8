import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/**
 * `npm run web:screens -- http://localhost:3000`: with `npm start` running, a 360 px screenshot of each
 * role's home into docs/screens/, signed in as a demo user (the README shows them).
 */
const url = process.argv[2] ?? "http://localhost:3000";
const homes = [
  { file: "applicant-home.png", user: /Yohanes/ },
  { file: "organiser-home.png", user: /Organiser/ },
  { file: "judge-home.png", user: /Judge Benny/ },
  { file: "investor-home.png", user: /Flobamora/ },
];
const out = (file: string) => fileURLToPath(new URL(`../../docs/screens/${file}`, import.meta.url));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  for (const { file, user } of homes) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "id-ID", deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: user }).click();
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: out(file), fullPage: true });
    await context.close();
    console.log(`docs/screens/${file}`);
  }
} finally {
  await browser.close();
}
