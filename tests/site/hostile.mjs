// The hostile fixture's site: its text holds `</script>`, `<img onerror>`, `<b>`, quotes,
// bidi controls. No script of it may run (window.__pwned stays unset, no dialog, no error)
// and no markup of it may be interpreted: its text shows literally.

/** Every string in catalog.json's providers, to look for on the page. */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

export async function checks({ browser, base, catalog, check, label, openPage, assertClean }) {
  const codes = catalog.providers.flatMap((p) => p.code_sets.flatMap((s) =>
    s.codes.map((c) => ({ link: `${p.id}/${s.id}/${c.name}`, code: c }))));
  const markup = codes.filter(({ code }) => strings(code).some((t) => /<[a-z/]/i.test(t)));
  const page = await openPage(browser, base + 'index.html');
  await check(label('the fixture holds markup to test with'), async () => markup.length > 0 &&
    markup.some(({ code }) => strings(code).some((t) => t.includes('window.__pwned'))));
  for (const { link, code } of markup) {
    await check(label(`${link}: text shows literally, nothing runs`), async () => {
      await page.evaluate((h) => { location.hash = h; }, '#' + link.split('/').map(encodeURIComponent).join('/'));
      await page.waitForFunction((u) => (document.querySelector('#entry-view h1') || {}).textContent?.startsWith(u), code.upstream_name);
      const seen = await page.evaluate(() => ({
        text: document.getElementById('entry-view').textContent,
        pwned: window.__pwned,
        injected: document.querySelectorAll('img, b, iframe, #entry-view script').length,
        scripts: document.scripts.length,
      }));
      if (seen.pwned !== undefined) throw new Error(`window.__pwned = ${seen.pwned}`);
      if (seen.injected || seen.scripts !== 2) throw new Error(`${seen.injected} injected elements, ${seen.scripts} scripts`);
      const shown = [code.cause, code.summary, code.user_message].filter((t) => /[<>&]/.test(t));
      const missing = shown.filter((t) => !seen.text.includes(t));
      if (missing.length) throw new Error(`not shown literally: ${missing[0]}`);
    });
  }
  await check(label('provider names show literally in the filters'), async () => {
    const options = await page.locator('#provider option').allTextContents();
    const missing = catalog.providers.filter((p) => !options.includes(p.name));
    if (missing.length) throw new Error(`${missing[0].name} not in ${options.join(' | ')}`);
  });
  await check(label('a query with markup stays text'), async () => {
    await page.goto(base + 'index.html#?q=' + encodeURIComponent('<img src=x onerror=window.__pwned=3>'));
    await page.waitForFunction(() => document.getElementById('q').value.startsWith('<img'));
    if (await page.evaluate(() => window.__pwned !== undefined || document.querySelector('img'))) throw new Error('ran');
  });
  await check(label('clean'), async () => {
    await page.waitForTimeout(200); // let any image error handler fire
    if (await page.evaluate(() => window.__pwned !== undefined)) throw new Error('window.__pwned set');
    assertClean(page, base);
  });
  await page.close();
}
