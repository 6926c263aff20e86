// The error dictionary in a real browser: Debian's Chromium driven by playwright-core.
//
//   node tests/site/site.test.mjs <trees.json> <screenshots dir>
//
// trees.json lists the generated trees: [{ "name", "kind": "real" | "hostile" | "golden",
// "out" }], `out` holding site/ and catalog.json. Every tree's site is opened over file:// and
// over a small localhost server; expected values are computed here from the tree's catalog.json,
// never written by hand. Ends with `RESULT N passed, N failed`.
import { createRequire } from 'node:module';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';
import * as real from './real.mjs';
import * as hostile from './hostile.mjs';

const toolchain = createRequire(new URL('../toolchain/package.json', import.meta.url));
const { chromium } = toolchain('playwright-core');
const axeSource = readFileSync(toolchain.resolve('axe-core/axe.min.js'), 'utf8');

const [treesFile, screenshots] = process.argv.slice(2);
const trees = JSON.parse(readFileSync(treesFile, 'utf8'));
let passed = 0;
let failed = 0;

/** Runs one named check; a throw or a false result is a failure, printed with its reason.
 * SITE_TIMING=1 prints each check's time. */
async function check(name, body) {
  const started = Date.now();
  try {
    const result = await body();
    if (result === false) throw new Error('returned false');
    passed += 1;
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
  }
  if (process.env.SITE_TIMING) console.log(`${Date.now() - started} ms ${name}`);
}

/** A page that fails on any page error or dialog, and records every request it makes. */
async function openPage(context, url) {
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.problems = [];
  page.requests = [];
  page.on('pageerror', (e) => page.problems.push('page error: ' + e.message));
  page.on('dialog', (d) => {
    page.problems.push('dialog: ' + d.message());
    d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push('console error: ' + m.text());
  });
  page.on('request', (r) => page.requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('#count[data-count], #entry-view h1, #matrix-view:not([hidden])');
  return page;
}

/** Fails unless the page stayed clean and fetched only from `base`. */
function assertClean(page, base) {
  const foreign = page.requests.filter((u) => !u.startsWith(base));
  if (foreign.length) throw new Error('fetched outside the site: ' + foreign[0]);
  if (page.problems.length) throw new Error(page.problems[0]);
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], preload: false }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const profile = mkdtempSync(join(tmpdir(), 'site-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1200, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const servers = [];
try {
  for (const tree of trees) {
    const catalog = JSON.parse(readFileSync(join(tree.out, 'catalog.json'), 'utf8'));
    const server = await serve(join(tree.out, 'site'));
    servers.push(server);
    const bases = [pathToFileURL(join(tree.out, 'site')).href + '/', server.url];
    for (const base of bases) {
      const ctx = { browser, base, catalog, tree, check, openPage, assertClean, axeViolations,
        screenshots: base === bases[1] ? screenshots : null };
      const scheme = base.split(':')[0];
      ctx.label = (what) => `${tree.name} ${scheme}: ${what}`;
      // A page that never becomes ready fails its tree, and the other trees still run.
      await check(ctx.label('the page becomes ready'), async () => {
        await common(ctx);
        if (tree.kind === 'real') await real.checks(ctx);
        if (tree.kind === 'hostile') await hostile.checks(ctx);
      });
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`RESULT ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Every tree: the page loads clean, lists every code, and every code's entry renders. */
async function common({ browser, base, catalog, check, label }) {
  const links = catalog.providers.flatMap((p) => p.code_sets.flatMap((s) =>
    s.codes.map((c) => ({ link: `${p.id}/${s.id}/${c.name}`, upstream: c.upstream_name }))));
  const page = await openPage(browser, base + 'index.html');
  await check(label('lists every code'), async () => {
    const shown = await page.locator('#count').getAttribute('data-count');
    const rows = await real.allRows(page);
    if (Number(shown) !== links.length || rows !== links.length) {
      throw new Error(`${shown} counted, ${rows} rows, catalog.json has ${links.length}`);
    }
  });
  // Once per tree: the same script over http would only repeat it.
  if (base.startsWith('file:')) await check(label('every entry renders its code'), async () => {
    const wrong = await page.evaluate((all) => all.filter(({ link, upstream }) => {
      history.replaceState(null, '', '#' + link.split('/').map(encodeURIComponent).join('/'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      const h1 = document.querySelector('#entry-view h1');
      return !h1 || !h1.textContent.startsWith(upstream);
    }).map((l) => l.link), links);
    if (wrong.length) throw new Error(`${wrong.length} entries wrong, first ${wrong[0]}`);
  });
  await check(label('no error, no dialog, nothing fetched from elsewhere'), async () =>
    assertClean(page, base));
  await page.close();
}
