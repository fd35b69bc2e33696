// A review end to end in a real browser (headless Chromium via puppeteer-core), as a person would do
// it with the keyboard and mouse: reviewer 1 signs in, starts a review of a document from its page,
// answers a question, attaches a finding and a quoted passage, adds reviewer 2, moves the state and
// exports Markdown; reviewer 2 signs in (another browser profile) and reads the answers and the history.
//
// Usage: node flow.mjs --chromium /usr/bin/chromium < input.json
// Input:  {"base": "http://127.0.0.1:PORT", "document": "rfc3924", "quote": "…",
//          "first": {"login": "…", "password": "…"}, "second": {"login": "…", "password": "…", "name": "…"}}
// Output: JSON {"review": "/reviews/N", "markdown": "…", "second_review_text": "…", "history_text": "…"}
// Only loopback addresses are opened.

import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');

function fail(message) {
  process.stderr.write(`flow.mjs: ${message}\n`);
  process.exit(2);
}

async function readInput() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function loopback(url) {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

async function submitAndWait(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  const status = await page.evaluate(() => document.title);
  return status;
}

async function signIn(page, base, account) {
  await page.goto(`${base}/login`, { waitUntil: 'load' });
  await page.type('#login', account.login);
  await page.type('#password', account.password);
  await submitAndWait(page, 'form.login button[type=submit]');
  if (!page.url().endsWith('/reviews')) fail(`sign-in of ${account.login} ended at ${page.url()}`);
}

async function main() {
  const argv = process.argv.slice(2);
  let chromium = process.env.RIGHTSCOPE_CHROMIUM || '/usr/bin/chromium';
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--chromium') chromium = argv[++i] ?? fail('--chromium needs a path');
    else fail(`unknown option ${argv[i]}`);
  }
  const input = await readInput();
  const { base } = input;
  if (!loopback(base)) fail(`refused to open ${base}: not a loopback address`);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'rightscope-flow-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    pipe: true,
    userDataDir,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-extensions', `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
    defaultViewport: { width: 1280, height: 900 },
  });
  const out = {};
  try {
    // Reviewer 1, in their own profile.
    const first = await browser.createBrowserContext();
    const page = await first.newPage();
    page.setDefaultTimeout(30000);
    await signIn(page, base, input.first);
    await page.goto(`${base}/documents/${input.document}`, { waitUntil: 'load' });
    await page.type('#review-title', 'End-to-end review');
    await submitAndWait(page, 'form.start-review button[type=submit]');
    const review = new URL(page.url()).pathname;
    if (!/^\/reviews\/\d+$/.test(review)) fail(`starting the review ended at ${page.url()}`);
    out.review = review;

    // Answer the privacy question: open its form, choose "concern", write a note, save.
    await page.click('#q-privacy summary');
    await page.click('#st-privacy-concern');
    await page.type('#text-privacy', 'The architecture leaves the interception of users undetectable to them.');
    await submitAndWait(page, '#q-privacy form[action$="/answers"] button[type=submit]');

    // Attach the first finding offered to the security question.
    await page.click('#q-security summary');
    await submitAndWait(page, '#q-security form[action$="/evidence"]:has(select) button[type=submit]');

    // Quote a passage for the privacy question, typed as a reviewer would paste it.
    await page.click('#q-privacy summary');
    await page.type('#quote-privacy', input.quote);
    await page.type('#qnote-privacy', 'Undetectable interception');
    await submitAndWait(page, '#q-privacy form[action$="/evidence"]:has(textarea) button[type=submit]');

    // Add reviewer 2, then move the review on.
    await page.select('#member-user', await page.$eval('#member-user', (select, name) => {
      const option = [...select.options].find((o) => o.textContent === name);
      return option ? option.value : '';
    }, input.second.name));
    await page.select('#member-role', 'reviewer');
    await submitAndWait(page, '#members form button[type=submit]');
    await page.select('#state-to', 'in-review');
    await submitAndWait(page, '#state form button[type=submit]');
    out.first_review_text = await page.evaluate(() => document.body.innerText);

    // Export as Markdown through the link on the page.
    const href = await page.$eval('a[href$="/export.md"]', (a) => a.href);
    const response = await page.goto(href, { waitUntil: 'load' });
    out.markdown = await response.text();
    await first.close();

    // Reviewer 2, in another profile: the review is in their list, with the answers and the history.
    const second = await browser.createBrowserContext();
    const other = await second.newPage();
    other.setDefaultTimeout(30000);
    await signIn(other, base, input.second);
    await submitAndWait(other, `a[href="${review}"]`);
    out.second_review_text = await other.evaluate(() => document.body.innerText);
    await submitAndWait(other, `a[href="${review}/history"]`);
    out.history_text = await other.evaluate(() => document.body.innerText);
    await second.close();
  } finally {
    await browser.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => fail(error.stack || String(error)));
