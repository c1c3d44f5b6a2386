// Reusable end-to-end harness: a real VS Code workbench (code-server, from the npm registry)
// driven in Debian's headless Chromium with playwright-core (VS Code itself cannot be downloaded
// here; scripts/e2e-install.sh installs both from Debian and the npm registry).
//
// Typical use:
//
//   import * as cs from './code-server.mjs';
//   await cs.withWorkbench({ extensions: ['/path/x.vsix'], folder: '/tmp/ws' }, async ({ page }) => {
//     await cs.openFile(page, 'plan.md');
//     const rows = await cs.waitForProblems(page, (rs) => rs.some((r) => r.label.includes('rule-x')));
//     await cs.applyQuickFix(page, 'Fix it', { line: 1 });
//   });
//
// Everything lives in fresh temp dirs (user data, extensions, XDG_*), removed on stop.
// Env knobs: CODE_SERVER_BIN, IPLAN_E2E_CACHE, CHROMIUM_BIN, IPLAN_E2E_ARTIFACTS, IPLAN_E2E_DEBUG=1.

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const INSTALL_SCRIPT = path.join(REPO_ROOT, 'scripts', 'e2e-install.sh');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** User settings that keep the workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.lightbulb.enabled': 'on',
};

const DEBUG = !!process.env.IPLAN_E2E_DEBUG;
const T0 = Date.now();
function debug(...args) {
  if (DEBUG) console.error(`[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...args);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// Safety net: code-server runs in its own process group (it does not get the terminal's
// Ctrl+C), so kill whatever is still live when this process exits or is signalled.
// ---------------------------------------------------------------------------------------

const liveServers = new Set();
const liveTempDirs = new Set();
let exitHooked = false;

function killAllSync() {
  for (const s of liveServers) {
    try { process.kill(-s.pid, 'SIGKILL'); } catch { /* gone */ }
    if (s.profile?.root) liveTempDirs.add(s.profile.root);
  }
  liveServers.clear();
  for (const d of liveTempDirs) {
    try { rmSync(d, { recursive: true, force: true }); } catch { /* best effort */ }
  }
  liveTempDirs.clear();
}

function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      killAllSync();
      process.exit(128 + (os.constants.signals[sig] ?? 0));
    });
  }
}

// ---------------------------------------------------------------------------------------
// code-server binary
// ---------------------------------------------------------------------------------------

/** Where scripts/e2e-install.sh puts code-server (honours IPLAN_E2E_CACHE / CODE_SERVER_BIN). */
export function defaultCodeServerBin() {
  if (process.env.CODE_SERVER_BIN) return process.env.CODE_SERVER_BIN;
  const cache = process.env.IPLAN_E2E_CACHE || path.join(os.homedir(), '.cache', 'iplan-e2e');
  return path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
}

/**
 * Run scripts/e2e-install.sh (apt packages + cached code-server; a no-op when done)
 * and return the code-server binary path (the script's last stdout line).
 */
export function ensureCodeServer({ script = INSTALL_SCRIPT } = {}) {
  const r = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${script} failed with exit code ${r.status}`);
  const last = r.stdout.trim().split('\n').pop();
  if (!last || !existsSync(last)) throw new Error(`${script} printed no usable binary path: ${r.stdout}`);
  return last;
}

// ---------------------------------------------------------------------------------------
// Profile (temp dirs) and extensions
// ---------------------------------------------------------------------------------------

/**
 * Fresh temp dirs for one run: { root, userDataDir, extensionsDir, xdgConfig, xdgData,
 * xdgCache, logFile, env }. Writes quiet user settings merged with `settings`.
 */
export async function createProfile({ settings = {}, tmpParent = os.tmpdir() } = {}) {
  const root = await fs.mkdtemp(path.join(tmpParent, 'iplan-e2e-'));
  const p = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    tmp: path.join(root, 'tmp'),
    logFile: path.join(root, 'code-server.log'),
    consoleLogFile: path.join(root, 'browser-console.log'),
  };
  for (const d of [p.userDataDir, p.extensionsDir, p.xdgConfig, p.xdgData, p.xdgCache, p.tmp]) {
    await fs.mkdir(d, { recursive: true });
  }
  await fs.mkdir(path.join(p.userDataDir, 'User'), { recursive: true });
  await fs.writeFile(
    path.join(p.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  p.env = {
    ...process.env,
    XDG_CONFIG_HOME: p.xdgConfig,
    XDG_DATA_HOME: p.xdgData,
    XDG_CACHE_HOME: p.xdgCache,
    TMPDIR: p.tmp,
  };
  // never talk to an outer VS Code instance (when run from a VS Code terminal)
  delete p.env.VSCODE_IPC_HOOK_CLI;
  return p;
}

function csBaseArgs(profile) {
  return [
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--config', path.join(profile.xdgConfig, 'code-server-config.yaml'),
  ];
}

/**
 * Install an extension into the profile, before startCodeServer (a running workbench does not
 * pick up new extensions without a reload). `ext` is a `.vsix` file (code-server
 * --install-extension) or an unpacked extension folder with a package.json (copied as
 * publisher.name-version/). Returns the extension id `publisher.name`.
 */
export async function installExtension(profile, ext, { bin = defaultCodeServerBin() } = {}) {
  const st = await fs.stat(ext);
  if (st.isFile()) {
    if (!ext.endsWith('.vsix')) throw new Error(`installExtension: not a .vsix: ${ext}`);
    const before = new Set(await fs.readdir(profile.extensionsDir));
    const r = spawnSync(bin, [...csBaseArgs(profile), '--install-extension', path.resolve(ext), '--force'], {
      env: profile.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    await fs.appendFile(profile.logFile, `$ code-server --install-extension ${ext}\n${r.stdout}${r.stderr}\n`);
    if (r.status !== 0 || /Failed Installing|error/i.test(r.stdout + r.stderr)) {
      throw new Error(`code-server --install-extension ${ext} failed (${r.status}):\n${r.stdout}${r.stderr}`);
    }
    const m = /Extension '([^']+)' v\S+ was successfully installed/.exec(r.stdout + r.stderr);
    if (m) return m[1];
    const added = (await fs.readdir(profile.extensionsDir)).filter((d) => !before.has(d) && d !== 'extensions.json');
    return added[0]?.replace(/-\d[^-]*$/, '') ?? path.basename(ext, '.vsix');
  }
  const pkg = JSON.parse(await fs.readFile(path.join(ext, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) {
    throw new Error(`installExtension: ${ext}/package.json needs publisher, name and version`);
  }
  const id = `${pkg.publisher}.${pkg.name}`.toLowerCase();
  const dirName = `${id}-${pkg.version}`;
  const dest = path.join(profile.extensionsDir, dirName);
  await fs.rm(dest, { recursive: true, force: true });
  await fs.cp(ext, dest, {
    recursive: true,
    dereference: true,
    filter: (src) => !/[\\/](\.git|\.vscode-test)([\\/]|$)/.test(src),
  });
  // Once a profile manifest (extensions.json) exists, VS Code only loads what it lists.
  const manifest = path.join(profile.extensionsDir, 'extensions.json');
  if (existsSync(manifest)) {
    const list = JSON.parse(await fs.readFile(manifest, 'utf8')).filter((e) => e.identifier?.id !== id);
    list.push({
      identifier: { id },
      version: pkg.version,
      location: { $mid: 1, path: dest, scheme: 'file' },
      relativeLocation: dirName,
      metadata: { installedTimestamp: Date.now(), source: 'resource' },
    });
    await fs.writeFile(manifest, JSON.stringify(list));
  }
  return id;
}

// ---------------------------------------------------------------------------------------
// Server lifecycle
// ---------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Start code-server in its own process group (detached = setsid) on 127.0.0.1:<free port>
 * and wait for /healthz. Options: bin, profile (else a fresh one), settings, extensions
 * (.vsix paths or folders, installed first), port, timeoutMs, args (extra CLI args).
 * Returns { url, port, pid, proc, profile, bin, logFile }.
 */
export async function startCodeServer({
  bin = defaultCodeServerBin(),
  profile,
  settings,
  extensions = [],
  port,
  timeoutMs = 60_000,
  args = [],
} = {}) {
  if (!existsSync(bin)) throw new Error(`code-server not found at ${bin}: run scripts/e2e-install.sh`);
  const ownProfile = !profile;
  profile ??= await createProfile({ settings });
  try {
    for (const ext of extensions) {
      const id = await installExtension(profile, ext, { bin });
      debug('installed extension', id);
    }
  } catch (err) {
    if (ownProfile) await fs.rm(profile.root, { recursive: true, force: true });
    throw err;
  }
  port ??= await freePort();
  const out = createWriteStream(profile.logFile, { flags: 'a' });
  await new Promise((r) => out.once('open', r));
  const proc = spawn(
    bin,
    [
      ...csBaseArgs(profile),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...args,
    ],
    { env: profile.env, detached: true, stdio: ['ignore', out, out] },
  );
  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: proc.pid,
    proc,
    profile,
    bin,
    logFile: profile.logFile,
    logStream: out,
    exited: false,
    exitCode: null,
  };
  server.exitPromise = new Promise((resolve) => {
    proc.once('exit', (code, signal) => {
      server.exited = true;
      server.exitCode = code ?? signal;
      resolve();
    });
  });
  hookExit();
  liveServers.add(server);
  debug('code-server pid', proc.pid, 'port', port);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exited) {
      const log = await fs.readFile(profile.logFile, 'utf8').catch(() => '');
      await stopCodeServer(server);
      throw new Error(`code-server exited (${server.exitCode}) before /healthz answered:\n${log.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      const log = await fs.readFile(profile.logFile, 'utf8').catch(() => '');
      await stopCodeServer(server);
      throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms:\n${log.slice(-4000)}`);
    }
    await sleep(200);
  }
  debug('code-server healthy');
  return server;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Kill code-server's process group (SIGTERM, then SIGKILL after graceMs), wait until the
 * whole group is gone, then remove the profile's temp dirs unless keepProfile.
 */
export async function stopCodeServer(server, { graceMs = 5000, keepProfile = false } = {}) {
  if (!server || server.stopped) return;
  server.stopped = true;
  const pgid = server.pid;
  if (pgid && groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pgid)) {
      debug('process group still alive after SIGTERM, sending SIGKILL');
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
      const hard = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < hard) await sleep(100);
    }
  }
  await Promise.race([server.exitPromise, sleep(1000)]);
  liveServers.delete(server);
  server.logStream?.end();
  if (!keepProfile && server.profile?.root) {
    await fs.rm(server.profile.root, { recursive: true, force: true, maxRetries: 3 });
  }
  debug('code-server stopped');
}

// ---------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------

/**
 * Launch Debian's Chromium through playwright-core with the flags this machine needs and a
 * fresh --user-data-dir. Returns { browser (a persistent BrowserContext), context, page,
 * userDataDir, close() }. consoleLogFile (optional) receives the page's console messages.
 */
export async function launchBrowser({
  executablePath = process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  viewport = { width: 1400, height: 900 },
  consoleLogFile,
  tmpParent = os.tmpdir(),
  timeoutMs = 30_000,
} = {}) {
  const { chromium } = await import('playwright-core');
  const userDataDir = await fs.mkdtemp(path.join(tmpParent, 'iplan-e2e-chromium-'));
  hookExit();
  liveTempDirs.add(userDataDir);
  // Playwright adds --headless/--no-sandbox itself in headless mode; the rest are ours.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless' && a !== '--no-sandbox'),
    viewport,
    timeout: timeoutMs,
  });
  context.setDefaultTimeout(timeoutMs);
  const page = context.pages()[0] ?? (await context.newPage());
  if (consoleLogFile) {
    const sink = createWriteStream(consoleLogFile, { flags: 'a' });
    page.on('console', (m) => sink.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => sink.write(`[pageerror] ${e.stack || e}\n`));
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await fs.rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    liveTempDirs.delete(userDataDir);
  };
  return { browser: context, context, page, userDataDir, close };
}

// ---------------------------------------------------------------------------------------
// Workbench helpers (all take a Playwright Page)
// ---------------------------------------------------------------------------------------

/**
 * Open `folder` in the workbench (`/?folder=…`) and wait until it is ready: workbench shown,
 * explorer rows rendered (unless waitForExplorer is false) and no progress bar busy.
 */
export async function openWorkspace(page, server, folder, { timeoutMs = 60_000, waitForExplorer = true } = {}) {
  const url = `${server.url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  debug('goto', url);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  if (waitForExplorer) {
    await page
      .locator('.explorer-folders-view .monaco-list-row')
      .first()
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }
  debug('workspace open');
}

/** Labels of the explorer's visible rows. */
export async function explorerRows(page) {
  return page.locator('.explorer-folders-view .monaco-list-row').evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()),
  );
}

/**
 * Open a file through quick open (Control+P): types `name` (a file name or workspace-relative
 * path), picks the row whose aria-label contains the base name and waits for its editor tab.
 */
export async function openFile(page, name, { timeoutMs = 20_000 } = {}) {
  const base = path.basename(name);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(name);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${cssString(base)}"]`).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
  await page
    .locator(`.tabs-container .tab.active[aria-label*="${cssString(base)}"], .tabs-container .tab.active:has-text("${cssString(base)}")`)
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
  debug('opened', name);
}

/** Run a command-palette command by (part of) its title, e.g. 'Developer: Reload Window'. */
export async function runCommand(page, title, { timeoutMs = 20_000 } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
}

/** Move the cursor of the active editor to line:column (1-based) via Go to Line (Control+G). */
export async function goToLine(page, line, column = 1, { timeoutMs = 10_000 } = {}) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Focus the active text editor (clicks into its text area without moving the cursor). */
export async function focusEditor(page) {
  const ta = page.locator('.editor-instance .monaco-editor textarea.inputarea, .editor-instance .monaco-editor .native-edit-context').first();
  await ta.focus();
}

/** Visible text of the active editor (the rendered lines; nbsp turned into spaces). */
export async function editorText(page) {
  const txt = await page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((el) => {
    const lines = [...el.querySelectorAll('.view-line')].map((l) => ({
      top: parseFloat(l.style.top) || 0,
      text: l.textContent,
    }));
    lines.sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text).join('\n');
  });
  return txt.replace(/\u00a0/g, ' ');
}

/** Show the Problems panel (Control+Shift+M, which toggles: only pressed when hidden). */
export async function showProblems(page, { timeoutMs = 10_000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  return panel;
}

/**
 * Rows of the Problems panel (`.markers-panel .monaco-list-row`, only the rendered ones) as
 * objects: { kind: 'file'|'marker', label (aria-label), text (textContent), file (absolute
 * path: of the row, or of the file row above a marker) } and for markers also
 * { severity: 'error'|'warning'|'info', message, source, code, line, column }.
 * Note: the code is not in a marker's aria-label, only in its text/`code` field.
 */
export async function readProblems(page) {
  await showProblems(page);
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => {
    let file = '';
    const txt = (el, sel) => (el.querySelector(sel)?.textContent ?? '').trim();
    return els.map((e) => {
      const label = e.getAttribute('aria-label') || '';
      const text = (e.textContent || '').replace(/\s+/g, ' ').trim();
      const icon = e.querySelector('.marker-icon');
      if (!icon) {
        file = e.querySelector('.monaco-icon-label')?.getAttribute('aria-label') || file;
        return { kind: 'file', label, text, file };
      }
      const severity = ['error', 'warning', 'info'].find((c) => icon.classList.contains(c)) || 'unknown';
      const pos = /Ln (\d+), Col (\d+)/.exec(txt(e, '.marker-line'));
      return {
        kind: 'marker',
        label,
        text,
        file,
        severity,
        message: txt(e, '.marker-message'),
        source: txt(e, '.marker-source'),
        code: txt(e, '.marker-code'),
        line: pos ? Number(pos[1]) : null,
        column: pos ? Number(pos[2]) : null,
      };
    });
  });
}

/** Only the marker rows of readProblems. */
export async function readMarkers(page) {
  return (await readProblems(page)).filter((r) => r.kind === 'marker');
}

/** Poll readProblems until predicate(rows) is true; returns the rows, or throws with the last ones. */
export async function waitForProblems(page, predicate, { timeoutMs = 30_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let rows = [];
  for (;;) {
    rows = await readProblems(page);
    if (await predicate(rows)) return rows;
    if (Date.now() > deadline) {
      throw new Error(`waitForProblems timed out after ${timeoutMs} ms; rows were:\n${JSON.stringify(rows, null, 2)}`);
    }
    await sleep(intervalMs);
  }
}

/**
 * Open the code action menu of the active editor and run the action whose title contains
 * `title` (`.action-widget .monaco-list-row.action`, aria-label = title; chosen with the arrow
 * keys and Enter, since mouse clicks there hit `.context-view-pointerBlock`). Puts the cursor at
 * { line, column } first when given (Go to Line). via: 'keyboard' (Control+.) or 'lightbulb'
 * (click `.lightBulbWidget`; it only appears after a keyboard cursor move, so the cursor is
 * nudged right and back). Retries until the action is offered (code actions are async).
 * Returns the action titles that were offered.
 */
export async function applyQuickFix(page, title, { line, column = 1, via = 'keyboard', timeoutMs = 15_000 } = {}) {
  if (line != null) await goToLine(page, line, column);
  else await focusEditor(page);
  const widget = page.locator('.action-widget');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const bulb = page.locator('.editor-instance .monaco-editor .lightBulbWidget').first();
  const deadline = Date.now() + timeoutMs;
  let lastTitles = [];
  for (;;) {
    if (via === 'lightbulb') {
      await page.keyboard.press(column > 1 ? 'ArrowLeft' : 'ArrowRight');
      await page.keyboard.press(column > 1 ? 'ArrowRight' : 'ArrowLeft');
      const shown = await bulb.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      if (shown) await bulb.click();
    } else {
      await page.keyboard.press('Control+.');
    }
    const open = await widget.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    if (open) {
      lastTitles = await rows.evaluateAll((els) =>
        els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim()),
      );
      if (lastTitles.some((t) => t.includes(title))) {
        debug('code actions offered', lastTitles);
        // Mouse clicks on the menu are swallowed by `.context-view-pointerBlock`: use the keyboard.
        const focused = page.locator('.action-widget .monaco-list-row.action.focused');
        for (let i = 0; i <= lastTitles.length * 2; i++) {
          const cur = await focused.first().getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
          if (cur?.includes(title)) break;
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
        return lastTitles;
      }
      await page.keyboard.press('Escape');
    }
    if (Date.now() > deadline) {
      throw new Error(
        open || lastTitles.length
          ? `quick fix "${title}" not offered (via ${via}); got: ${JSON.stringify(lastTitles)}`
          : `no code action menu appeared (via ${via}) within ${timeoutMs} ms`,
      );
    }
    await sleep(300);
    await focusEditor(page);
  }
}

/** Status bar items' labels (aria-label or text). */
export async function statusBarItems(page) {
  return page.locator('.statusbar .statusbar-item').evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') || (e.textContent || '').trim()).filter(Boolean),
  );
}

/** Hover notifications' messages (toasts). */
export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-toast .notification-list-item-message').allTextContents();
}

/** Full-page screenshot to `file` (folders created). */
export async function screenshot(page, file) {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}

/**
 * Copy the code-server log, the browser console log and VS Code's own logs (exthost, servers)
 * into `dir`, plus a screenshot when a page is given. Never throws.
 */
export async function saveArtifacts(dir, { page, server, name = 'failure' } = {}) {
  const saved = [];
  try {
    await fs.mkdir(dir, { recursive: true });
    if (page) {
      const f = path.join(dir, `${name}.png`);
      await page.screenshot({ path: f, timeout: 10_000 }).then(() => saved.push(f), () => {});
    }
    const p = server?.profile;
    if (p) {
      for (const [src, dst] of [
        [p.logFile, `${name}-code-server.log`],
        [p.consoleLogFile, `${name}-browser-console.log`],
        [path.join(p.userDataDir, 'logs'), `${name}-vscode-logs`],
      ]) {
        if (existsSync(src)) {
          await fs.cp(src, path.join(dir, dst), { recursive: true }).then(() => saved.push(path.join(dir, dst)), () => {});
        }
      }
    }
  } catch {
    // best effort
  }
  return saved;
}

/**
 * Everything in one: start code-server (with `extensions`, `settings`), launch Chromium, open
 * `folder` (when given), run `fn({ page, server, browser, context })`, and always stop it
 * all. On failure saves a screenshot and logs to artifactsDir (default
 * $IPLAN_E2E_ARTIFACTS or <tmp>/iplan-e2e-artifacts/<timestamp>) and rethrows, with the
 * artifact paths appended to the message.
 */
export async function withWorkbench(
  { extensions = [], settings, folder, bin, artifactsDir, startTimeoutMs, viewport, keepProfile = false } = {},
  fn,
) {
  let server;
  let browser;
  try {
    server = await startCodeServer({ bin, extensions, settings, timeoutMs: startTimeoutMs });
    browser = await launchBrowser({ viewport, consoleLogFile: server.profile.consoleLogFile });
    if (folder) await openWorkspace(browser.page, server, folder);
    return await fn({ page: browser.page, server, browser: browser.context, context: browser.context });
  } catch (err) {
    const dir =
      artifactsDir ||
      process.env.IPLAN_E2E_ARTIFACTS ||
      path.join(os.tmpdir(), 'iplan-e2e-artifacts', new Date().toISOString().replace(/[:.]/g, '-'));
    const saved = await saveArtifacts(dir, { page: browser?.page, server });
    if (saved.length) {
      const note = `[e2e artifacts: ${saved.join(', ')}]`;
      console.error(note);
      if (err && typeof err === 'object') {
        err.message += `\n${note}`;
        if (typeof err.stack === 'string') err.stack += `\n${note}`;
      }
    }
    throw err;
  } finally {
    await browser?.close();
    await stopCodeServer(server, { keepProfile });
  }
}

function cssString(s) {
  return String(s).replace(/["\\]/g, '\\$&');
}
