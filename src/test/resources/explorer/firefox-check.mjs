// Opens every explorer view in Firefox (WebDriver BiDi through puppeteer-core), waits until the view says it is ready,
// and reports console errors, uncaught errors and failed requests; saves a screenshot of each view.
import puppeteer from 'puppeteer-core';

const [base, out, ...views] = process.argv.slice(2);
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
  args: ['--width=1400', '--height=900'] });
const problems = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
  for (const view of views) {
    const [name, fragment] = view.split('=', 2).length === 2 ? [view.slice(0, view.indexOf('=')), view.slice(view.indexOf('=') + 1)] : [view, ''];
    await page.goto(`${base}/${fragment}`);
    const expected = `${name}:${fragment.includes('#') ? fragment.slice(fragment.indexOf('#')) : ''}`;
    await page.waitForFunction((wanted) => document.body.dataset.ready === wanted, { timeout: 60000 }, expected);
    const drawn = await page.evaluate(() => (window.explorer?.cy ? window.explorer.cy.nodes().length : null));
    await page.screenshot({ path: `${out}/firefox-${name}.png` });
    console.log(JSON.stringify({ view: name, ready: expected, readyAt: await page.evaluate(() => document.body.dataset.readyAt), drawn }));
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ problems }));
process.exit(problems.length ? 1 : 0);
