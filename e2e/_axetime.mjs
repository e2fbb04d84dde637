import { startServers } from "/work/main/e2e/server.mjs";
import { launch } from "/work/main/e2e/browser.mjs";
import AxeBuilder from "@axe-core/playwright";
const servers = await startServers();
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 900, height: 800 } });
const page = await ctx.newPage();
await page.goto(`${servers.site}/fixtures/languages.html?lang=el&endpoint=http://127.0.0.1:9/v1/requests`);
await page.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
await page.locator("#rights button[type=submit]").waitFor();
await page.locator("#explanation h3").first().waitFor();
for (let i = 0; i < 3; i++) { const t = Date.now(); const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze(); console.log(Date.now() - t, r.violations.map(v => v.id), r.incomplete.map(v=>v.id)); }
await ctx.close(); await browser.close(); await servers.close();
