#!/usr/bin/env node
// Accessibility audit harness for rightscope: opens each URL in the system's headless Chromium, runs axe-core
// (injected from node_modules, never from a CDN) and a few automated keyboard checks, prints one JSON report.
//
// Usage:
//   node audit.mjs [--chromium /usr/bin/chromium] [--allow-remote] [--no-skip-link] [--timeout-ms 30000] [urls.json]
//   echo '["http://127.0.0.1:8080/"]' | node audit.mjs
//
// Exit status: 0 when every page was audited (violations are data, not failures; the Rust side decides),
// 2 on a harness failure (bad input, browser would not start, axe could not be injected).

import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);

// WCAG 2.0, 2.1 and 2.2 at levels A and AA: the project's accessibility target (DESIGN.md §5).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Flags for Debian's chromium as root on a closed network (see the machine notes): no sandbox, no GPU, and no
// background connections that the network would refuse.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
];

// At most this many Tab presses per page for the focus-visibility check.
const MAX_TAB_STOPS = 25;

function fail(message) {
  process.stderr.write(`audit.mjs: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    chromium: process.env.RIGHTSCOPE_CHROMIUM || '/usr/bin/chromium',
    allowRemote: false,
    skipLink: true,
    timeoutMs: 30000,
    input: null,
    cookies: [],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--chromium') {
      options.chromium = argv[++i] ?? fail('--chromium needs a path');
    } else if (arg === '--allow-remote') {
      options.allowRemote = true;
    } else if (arg === '--no-skip-link') {
      options.skipLink = false;
    } else if (arg === '--timeout-ms') {
      const value = Number.parseInt(argv[++i] ?? '', 10);
      if (!Number.isFinite(value) || value <= 0) fail('--timeout-ms needs a positive number');
      options.timeoutMs = value;
    } else if (arg === '--cookie') {
      // NAME=VALUE, set for each audited page's host before it loads (signed-in pages).
      const pair = argv[++i] ?? fail('--cookie needs NAME=VALUE');
      const at = pair.indexOf('=');
      if (at <= 0) fail('--cookie needs NAME=VALUE');
      options.cookies.push({ name: pair.slice(0, at), value: pair.slice(at + 1) });
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: node audit.mjs [--chromium PATH] [--allow-remote] [--no-skip-link] [--timeout-ms N] [--cookie NAME=VALUE]... [urls.json]\n',
      );
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}`);
    } else if (options.input === null) {
      options.input = arg;
    } else {
      fail(`more than one input file: ${options.input} and ${arg}`);
    }
  }
  return options;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function readUrls(input) {
  const text = input === null || input === '-' ? await readStdin() : await readFile(input, 'utf8');
  let urls;
  try {
    urls = JSON.parse(text);
  } catch (error) {
    fail(`input is not JSON (expected a list of URLs): ${error.message}`);
  }
  if (!Array.isArray(urls) || urls.some((url) => typeof url !== 'string')) {
    fail('input must be a JSON list of URL strings, e.g. ["http://127.0.0.1:8080/"]');
  }
  return urls;
}

// True for addresses on this machine: tests must never reach beyond 127.0.0.0/8 (and ::1).
function isLoopback(urlText) {
  let url;
  try {
    url = new URL(urlText);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return false;
  }
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// Runs in the page: a short CSS selector for an element (id when unique, else a tag:nth-of-type path).
function selectorFunctionSource() {
  return `(element) => {
    if (!element || element.nodeType !== 1) return '';
    const parts = [];
    let node = element;
    while (node && node.nodeType === 1 && node !== document.documentElement) {
      if (node.id && document.querySelectorAll('#' + CSS.escape(node.id)).length === 1) {
        parts.unshift('#' + CSS.escape(node.id));
        break;
      }
      let part = node.localName;
      const parent = node.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((child) => child.localName === node.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
      node = parent;
    }
    return parts.join(' > ');
  }`;
}

// Runs axe-core in the page and keeps only what the report needs.
async function runAxe(page, axeSource) {
  // page.evaluate goes through the DevTools protocol, so a strict page CSP (no inline script) does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const flatten = (target) => target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)));
    return {
      axeVersion: results.testEngine?.version ?? null,
      violations: results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        help_url: violation.helpUrl ?? null,
        description: violation.description,
        tags: violation.tags,
        nodes: violation.nodes.map((node) => ({
          target: flatten(node.target ?? []),
          html: node.html ?? '',
          failure_summary: node.failureSummary ?? null,
        })),
      })),
      incomplete: results.incomplete?.length ?? 0,
    };
  }, TAGS);
}

// Moves the sequential focus navigation starting point to the top of the document, so that the next Tab reaches
// the first focusable element: focus a temporary unfocusable-by-Tab marker placed first in <body>. (A mouse click
// would set the starting point to whatever element is under the pointer, which may come after the skip link.)
async function resetFocus(page) {
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    marker.setAttribute('data-rightscope-focus-start', '');
    document.body.prepend(marker);
    marker.focus({ preventScroll: true });
  });
}

// Removes the marker left by resetFocus once the first Tab has moved focus away from it.
async function removeFocusMarker(page) {
  await page.evaluate(() => {
    for (const marker of document.querySelectorAll('[data-rightscope-focus-start]')) marker.remove();
  });
}

// Keyboard check 1: the first Tab lands on a skip link whose target exists in the page.
async function checkSkipLink(page) {
  await resetFocus(page);
  await page.keyboard.press('Tab');
  await removeFocusMarker(page);
  return page.evaluate(
    (selectorSource) => {
      const selectorOf = eval(selectorSource); // eslint-disable-line no-eval
      const active = document.activeElement;
      const focusable = document.querySelectorAll(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]',
      ).length;
      if (!active || active === document.body || active === document.documentElement) {
        return { passed: focusable === 0, focusable, target: null, text: null, href: null, reason: focusable === 0
          ? 'the page has nothing to focus'
          : 'the first Tab did not focus anything' };
      }
      const href = active.getAttribute('href');
      const text = (active.innerText || active.textContent || '').trim().replace(/\s+/g, ' ');
      const base = { focusable, target: selectorOf(active), text, href };
      if (active.localName !== 'a' || !href || !href.startsWith('#') || href.length < 2) {
        return { ...base, passed: false, reason: 'the first Tab focused an element that is not an in-page link (href="#…")' };
      }
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // keep the raw fragment
      }
      const destination = document.getElementById(id) || document.getElementsByName(id)[0];
      if (!destination) {
        return { ...base, passed: false, reason: `the skip link points to #${id}, which is not in the page` };
      }
      return { ...base, passed: true, reason: null };
    },
    selectorFunctionSource(),
  );
}

// Keyboard check 2: each element reached by Tab shows a visible focus indicator (outline or box-shadow) that
// differs from its unfocused style.
async function checkFocusVisible(page) {
  await resetFocus(page);
  await page.evaluate(() => {
    window.__rightscopeFocusSeen = [];
  });
  const styleProps = ['outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset', 'boxShadow'];
  const stops = [];
  for (let step = 0; step < MAX_TAB_STOPS; step += 1) {
    await page.keyboard.press('Tab');
    if (step === 0) await removeFocusMarker(page);
    const stop = await page.evaluate(
      (selectorSource, props) => {
        const selectorOf = eval(selectorSource); // eslint-disable-line no-eval
        const active = document.activeElement;
        if (!active || active === document.body || active === document.documentElement) return { done: true };
        const seen = window.__rightscopeFocusSeen;
        if (seen.includes(active)) return { done: true };
        seen.push(active);
        const style = getComputedStyle(active);
        const focused = {};
        for (const prop of props) focused[prop] = style[prop];
        return { done: false, target: selectorOf(active), html: active.outerHTML.slice(0, 300), focused };
      },
      selectorFunctionSource(),
      styleProps,
    );
    if (stop.done) break;
    stops.push(stop);
  }
  // Unfocused styles, read after focus has left every element.
  const unfocused = await page.evaluate((props) => {
    if (document.activeElement) document.activeElement.blur();
    return window.__rightscopeFocusSeen.map((element) => {
      const style = getComputedStyle(element);
      const values = {};
      for (const prop of props) values[prop] = style[prop];
      return values;
    });
  }, styleProps);

  const transparent = (color) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
  return stops.map((stop, index) => {
    const focused = stop.focused;
    const before = unfocused[index] ?? {};
    const outlineVisible =
      focused.outlineStyle !== 'none' && Number.parseFloat(focused.outlineWidth) > 0 && !transparent(focused.outlineColor);
    const shadowVisible = focused.boxShadow && focused.boxShadow !== 'none';
    const changed = styleProps.some((prop) => focused[prop] !== before[prop]);
    let reason = null;
    if (!outlineVisible && !shadowVisible) reason = 'no visible outline or box-shadow when focused';
    else if (!changed) reason = 'the focus outline/box-shadow is the same as when not focused';
    return {
      target: stop.target,
      html: stop.html,
      passed: reason === null,
      reason,
      focused,
      unfocused: before,
    };
  });
}

// Keyboard problems are reported like axe violations so one list covers everything; ids start with "rightscope-".
function keyboardViolations(skipLink, focusStops, requireSkipLink) {
  const violations = [];
  if (requireSkipLink && !skipLink.passed) {
    violations.push({
      id: 'rightscope-skip-link',
      impact: 'serious',
      help: 'The first Tab must focus a "skip to main content" link whose target exists',
      help_url: 'https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html',
      description: skipLink.reason,
      tags: ['rightscope-keyboard', 'wcag2a', 'wcag241'],
      nodes: [
        {
          target: skipLink.target ? [skipLink.target] : ['body'],
          html: skipLink.href ? `<a href="${skipLink.href}">${skipLink.text ?? ''}</a>` : '',
          failure_summary: skipLink.reason,
        },
      ],
    });
  }
  const invisible = focusStops.filter((stop) => !stop.passed);
  if (invisible.length > 0) {
    violations.push({
      id: 'rightscope-focus-visible',
      impact: 'serious',
      help: 'Elements reached with Tab must show a visible focus indicator',
      help_url: 'https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html',
      description: 'The focused element has no visible outline or box-shadow that differs from its unfocused style',
      tags: ['rightscope-keyboard', 'wcag2aa', 'wcag247'],
      nodes: invisible.map((stop) => ({ target: [stop.target], html: stop.html, failure_summary: stop.reason })),
    });
  }
  return violations;
}

// Chromium flag making every host name fail to resolve except the loopback hosts of the URLs to audit.
function hostResolverRules(urls) {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  for (const url of urls) {
    if (isLoopback(url)) {
      const { hostname } = new URL(url);
      if (hostname) hosts.add(hostname);
    }
  }
  const excludes = [...hosts].map((host) => `EXCLUDE ${host}`).join(', ');
  return `--host-resolver-rules=MAP * ~NOTFOUND, ${excludes}`;
}

async function auditPage(browser, url, options, axeSource) {
  const started = Date.now();
  const report = {
    url,
    final_url: null,
    status: null,
    title: null,
    lang: null,
    dir: null,
    violations: [],
    incomplete: 0,
    keyboard: null,
    blocked_requests: [],
    error: null,
    duration_ms: 0,
    timings_ms: { load: 0, axe: 0, keyboard: 0 },
  };
  if (!options.allowRemote && !isLoopback(url)) {
    report.error = `refused to open ${url}: not a loopback address (127.0.0.0/8, ::1, localhost); pass --allow-remote to audit other hosts`;
    return report;
  }
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs);
    for (const cookie of options.cookies) {
      await page.setCookie({ ...cookie, url, httpOnly: true, sameSite: 'Strict' });
    }
    if (!options.allowRemote) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        // The page may close while a request is pending: ignore those rejections.
        if (isLoopback(request.url())) {
          request.continue().catch(() => {});
        } else {
          report.blocked_requests.push(request.url());
          request.abort('blockedbyclient').catch(() => {});
        }
      });
    }
    let phase = Date.now();
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    report.final_url = page.url();
    report.status = response ? response.status() : null;
    const meta = await page.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
    }));
    Object.assign(report, meta);
    report.timings_ms.load = Date.now() - phase;
    phase = Date.now();
    const axeResult = await runAxe(page, axeSource);
    report.timings_ms.axe = Date.now() - phase;
    phase = Date.now();
    report.violations = axeResult.violations;
    report.incomplete = axeResult.incomplete;
    const skipLink = await checkSkipLink(page);
    const focusStops = await checkFocusVisible(page);
    report.keyboard = { skip_link: skipLink, focus_stops: focusStops };
    report.violations.push(...keyboardViolations(skipLink, focusStops, options.skipLink));
    report.timings_ms.keyboard = Date.now() - phase;
  } catch (error) {
    report.error = `could not audit ${url}: ${error.message}`;
  } finally {
    await context.close().catch(() => {});
    report.duration_ms = Date.now() - started;
  }
  return report;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const urls = await readUrls(options.input);
  let axeSource;
  let axeVersion;
  try {
    const axePath = require.resolve('axe-core/axe.min.js');
    axeSource = await readFile(axePath, 'utf8');
    axeVersion = require('axe-core/package.json').version;
  } catch (error) {
    fail(`axe-core is not installed next to audit.mjs (run npm ci in ${path.dirname(new URL(import.meta.url).pathname)}): ${error.message}`);
  }

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'rightscope-a11y-'));
  const launchStarted = Date.now();
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: options.chromium,
      headless: true,
      pipe: true,
      userDataDir,
      // Without --allow-remote, no host name resolves but localhost: even a prefetch cannot leave the machine.
      args: options.allowRemote
        ? CHROMIUM_FLAGS
        : [...CHROMIUM_FLAGS, hostResolverRules(urls)],
      defaultViewport: { width: 1280, height: 900 },
      timeout: options.timeoutMs,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    fail(`could not start Chromium at ${options.chromium}: ${error.message}`);
  }
  const launchMs = Date.now() - launchStarted;
  try {
    const pages = [];
    for (const url of urls) pages.push(await auditPage(browser, url, options, axeSource));
    const output = {
      harness: {
        axe_version: axeVersion,
        browser: await browser.version(),
        tags: TAGS,
        launch_ms: launchMs,
      },
      pages,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } finally {
    await browser.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error.stack || String(error)));
