// The checks on the real catalog's site: search, filters, deep links, equivalents, keyboard,
// matrix, axe-core, and the README's screenshots. Expected values come from catalog.json.

/** Every code of catalog.json, flat, with what the checks compare. */
function flatten(catalog) {
  return catalog.providers.flatMap((p) => p.code_sets.flatMap((s) => s.codes.map((c) => ({
    provider: p.id, link: `${p.id}/${s.id}/${c.name}`, upstream: c.upstream_name,
    value: String(c.value), category: c.category, retry: c.retry, terminal: terminalWord(c.terminal),
    identifiers: c.identifiers, message: c.user_message, schedule: c.retry_schedule,
  }))));
}

function terminalWord(t) {
  return t === true ? 'terminal' : t === false ? 'not_terminal' : 'depends';
}

/** The first value (in catalog order) that codes of two or more providers have. */
function sharedValue(codes) {
  const providers = new Map();
  for (const c of codes) {
    if (!providers.has(c.value)) providers.set(c.value, new Set());
    providers.get(c.value).add(c.provider);
  }
  const value = [...providers.keys()].find((v) => providers.get(v).size >= 2);
  return { value, providers: [...providers.get(value)] };
}

/** The provider and category with the most codes together, short of all the provider's. */
function busiestPair(codes) {
  const counts = new Map();
  for (const c of codes) {
    const key = c.provider + ' ' + c.category;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const [provider, category] = key.split(' ');
  return { provider, category, count };
}

function hrefOf(link) {
  return '#' + link.split('/').map(encodeURIComponent).join('/');
}

/** The number of result rows once every row is shown ("Show all" pressed when offered). */
export async function allRows(page) {
  if (await page.locator('#more').isVisible()) await page.click('#more');
  return page.locator('#results tbody tr').count();
}

async function rowLinks(page) {
  return page.locator('#results tbody tr td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

export async function checks(ctx) {
  const { browser, base, catalog, check, label, openPage, assertClean, axeViolations, screenshots } = ctx;
  const codes = flatten(catalog);
  const shared = sharedValue(codes);
  const pair = busiestPair(codes);
  const withEquivalent = catalog.equivalents.find((g) => g.codes.length >= 2);
  const [from, to] = withEquivalent.codes.map((l) => codes.find((c) => c.link === l));

  const page = await openPage(browser, base + 'index.html');
  await check(label(`search ${shared.value} finds ${shared.providers.join(' and ')}, exact matches first`), async () => {
    await page.fill('#q', shared.value);
    const hrefs = await rowLinks(page);
    const exact = codes.filter((c) => c.value === shared.value).map((c) => hrefOf(c.link));
    const top = hrefs.slice(0, exact.length);
    if (!exact.every((h) => top.includes(h))) throw new Error(`top rows ${top.join(', ')}`);
    for (const p of shared.providers) {
      if (!hrefs.some((h) => h.startsWith(`#${p}/`))) throw new Error(`no ${p} row`);
    }
    if (!page.url().includes('q=' + encodeURIComponent(shared.value))) throw new Error('query not in the URL: ' + page.url());
  });
  await check(label('search answers as you type over the whole catalog'), async () => {
    const ms = await page.evaluate(() => {
      const q = document.getElementById('q');
      const times = [];
      for (const text of ['e', 'er', 'err', 'erro', 'error', '']) {
        const started = performance.now();
        q.value = text;
        q.dispatchEvent(new Event('input', { bubbles: true }));
        document.body.offsetHeight; // the layout of the new rows counts too
        times.push(performance.now() - started);
      }
      return Math.max(...times);
    });
    console.log(`  slowest keystroke over the whole catalog: ${ms.toFixed(1)} ms`);
    if (ms > 250) throw new Error(`${ms.toFixed(0)} ms for one keystroke`);
  });
  await check(label('search by name ignores case'), async () => {
    const target = codes.find((c) => /[a-z]/.test(c.upstream) && /[A-Z]/.test(c.upstream)) || codes[0];
    await page.fill('#q', target.upstream.toLowerCase());
    const hrefs = await rowLinks(page);
    if (!hrefs.slice(0, 3).includes(hrefOf(target.link))) throw new Error(`${target.link} not among the first rows`);
  });
  await check(label(`filter provider=${pair.provider} category=${pair.category} gives ${pair.count}`), async () => {
    await page.fill('#q', '');
    await page.selectOption('#provider', pair.provider);
    await page.selectOption('#category', pair.category);
    const shown = Number(await page.locator('#count').getAttribute('data-count'));
    const rows = await allRows(page);
    if (shown !== pair.count || rows !== pair.count) throw new Error(`${shown} counted, ${rows} rows`);
    const url = page.url();
    if (!url.includes(`provider=${pair.provider}`) || !url.includes(`category=${pair.category}`)) throw new Error(url);
  });
  await check(label('filter by retry policy and terminal gives catalog.json\'s count'), async () => {
    const retry = codes[0].retry;
    const expected = codes.filter((c) => c.retry === retry && c.terminal === 'terminal').length;
    await page.selectOption('#provider', '');
    await page.selectOption('#category', '');
    await page.selectOption('#retry', retry);
    await page.selectOption('#terminal', 'terminal');
    const rows = await allRows(page);
    if (rows !== expected) throw new Error(`${rows} rows, want ${expected}`);
  });
  await check(label('axe: search page has no serious or critical violation'), async () => {
    await page.goto(base + 'index.html#?q=' + encodeURIComponent(shared.value));
    await page.waitForFunction((v) => document.getElementById('q').value === v, shared.value);
    const v = await axeViolations(page);
    if (v.length) throw new Error(v.map((x) => `${x.id} (${x.impact})`).join(', '));
    if (screenshots) await page.screenshot({ path: `${screenshots}/search.png` });
  });
  await check(label('clean'), async () => assertClean(page, base));
  await page.close();

  const shared_url = base + `index.html#?provider=${pair.provider}&category=${pair.category}`;
  const sharedPage = await openPage(browser, shared_url);
  await check(label('a shared search URL restores its filters'), async () => {
    const shown = Number(await sharedPage.locator('#count').getAttribute('data-count'));
    const chosen = await sharedPage.locator('#provider').inputValue();
    if (shown !== pair.count || chosen !== pair.provider) throw new Error(`${shown} codes, provider ${chosen}`);
    assertClean(sharedPage, base);
  });
  await sharedPage.close();

  const entry = await openPage(browser, base + 'index.html' + hrefOf(from.link));
  await check(label(`deep link ${from.link} shows its entry`), async () => {
    const h1 = await entry.locator('#entry-view h1').textContent();
    if (!h1.startsWith(from.upstream)) throw new Error(`heading ${h1}`);
    const text = await entry.locator('#entry-view').textContent();
    const missing = [from.message, ...Object.values(from.identifiers)].filter((t) => !text.includes(t));
    if (missing.length) throw new Error(`missing ${missing[0]}`);
    if (from.schedule && !text.includes(`Up to ${from.schedule.max_attempts} retr`)) throw new Error('no schedule');
  });
  await check(label('axe: entry page has no serious or critical violation'), async () => {
    const v = await axeViolations(entry);
    if (v.length) throw new Error(v.map((x) => `${x.id} (${x.impact})`).join(', '));
    if (screenshots) await entry.screenshot({ path: `${screenshots}/entry.png` });
  });
  await check(label(`follow the equivalent ${from.link} -> ${to.link}`), async () => {
    await entry.locator(`#entry-view dd a[href="${hrefOf(to.link)}"]`).first().click();
    await entry.waitForFunction((h) => location.hash === h, hrefOf(to.link));
    const h1 = await entry.locator('#entry-view h1').textContent();
    if (!h1.startsWith(to.upstream)) throw new Error(`heading ${h1}`);
  });
  await check(label('clean'), async () => assertClean(entry, base));
  await entry.close();

  await keyboard(ctx, shared.value);
  await matrix(ctx, codes);
}

/** Tab to the search box, type, tab to the first result, Enter: the entry opens, focused. */
async function keyboard({ browser, base, check, label, openPage, assertClean }, value) {
  const page = await openPage(browser, base + 'index.html');
  await check(label('keyboard: skip link, search, result, entry'), async () => {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.className);
    if (first !== 'skip') throw new Error('the first Tab does not reach the skip link');
    const tabUntil = async (test, most) => {
      for (let i = 0; i < most; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error(`not reached in ${most} Tabs: ${test}`);
    };
    await tabUntil(() => document.activeElement.id === 'q', 6);
    await page.keyboard.type(value);
    await tabUntil(() => !!document.activeElement.closest('#results a'), 8);
    const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href);
    const focused = await page.evaluate(() => document.activeElement.matches('#entry-view h1'));
    if (!focused) throw new Error('the entry heading is not focused');
    await page.goBack();
    await page.waitForFunction(() => !document.getElementById('search-view').hidden);
    if ((await page.inputValue('#q')) !== value) throw new Error('Back does not restore the query');
    assertClean(page, base);
  });
  await page.close();
}

/** Every matrix count equals catalog.json's, and a cell leads to a list of that many codes. */
async function matrix({ browser, base, check, label, openPage, assertClean, axeViolations, screenshots }, codes) {
  const page = await openPage(browser, base + 'index.html#matrix');
  await check(label('matrix: every count agrees with catalog.json'), async () => {
    const cells = await page.locator('.matrix a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    if (cells.length === 0) throw new Error('no cells');
    for (const [href, text] of cells) {
      const params = new URLSearchParams(href.slice(2));
      const want = codes.filter((c) => [...params].every(([k, v]) => c[k] === v)).length;
      if (Number(text) !== want) throw new Error(`${href}: ${text}, want ${want}`);
    }
  });
  await check(label('matrix: a cell opens the filtered list'), async () => {
    const link = page.locator('.matrix a').first();
    const want = Number(await link.textContent());
    await link.click();
    await page.waitForSelector('#search-view:not([hidden])');
    const rows = await allRows(page);
    if (rows !== want) throw new Error(`${rows} rows for a cell of ${want}`);
  });
  await check(label('axe: matrix has no serious or critical violation'), async () => {
    await page.goto(base + 'index.html#matrix');
    await page.waitForSelector('#matrix-view:not([hidden])');
    const v = await axeViolations(page);
    if (v.length) throw new Error(v.map((x) => `${x.id} (${x.impact})`).join(', '));
    if (screenshots) await page.screenshot({ path: `${screenshots}/matrix.png` });
    assertClean(page, base);
  });
  await page.close();
}
