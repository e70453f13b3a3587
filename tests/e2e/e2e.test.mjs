// End to end: the real @sentry/node SDK (app.mjs, crash.mjs) sends to `lookoutctl ingest` on an
// ephemeral loopback port; SIGTERM stops it; then the cache is read back with lookoutctl.
// Run by CTest (tests/CMakeLists.txt) with LOOKOUTCTL set; `npm ci` here first (tools/dev test does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import readline from 'node:readline';

const here = path.dirname(fileURLToPath(import.meta.url));
const lookoutctl = process.env.LOOKOUTCTL ?? 'lookoutctl';
const run = promisify(execFile);

let dir;
let db;

function startIngest() {
  const child = spawn(lookoutctl, ['ingest', '--listen', '127.0.0.1:0', '--db', db, '--rate', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr: () => stderr })));
  const dsn = new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', () => reject(new Error(`lookoutctl ingest exited early: ${stderr}`)));
  });
  return { child, dsn, exited };
}

function node(script, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, script)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function ctl(...args) {
  const { stdout } = await run(lookoutctl, ['--db', db, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

let issues;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lookout-e2e-'));
  db = path.join(dir, 'cache.db');
  const ingest = startIngest();
  const dsn = await ingest.dsn;
  assert.match(dsn, /^http:\/\/[^@]+@127\.0\.0\.1:\d+\/1$/);
  for (const user of ['user-1', 'user-2']) {
    const result = await node('app.mjs', { SENTRY_DSN: dsn, E2E_USER: user });
    assert.equal(result.code, 0, result.output);
  }
  const crash = await node('crash.mjs', { SENTRY_DSN: dsn });
  assert.notEqual(crash.code, 0, 'the crash script should die of its uncaught exception');
  ingest.child.kill('SIGTERM');
  const exit = await ingest.exited;
  assert.equal(exit.code, 0, `lookoutctl ingest should exit cleanly on SIGTERM: ${exit.stderr()}`);
  assert.match(exit.stderr(), /everything accepted is stored/);
  issues = JSON.parse(await ctl('issues', '--json', '--limit', '100'));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function issueTitled(pattern) {
  const found = issues.filter((issue) => pattern.test(issue.title));
  assert.equal(found.length, 1, `one issue titled ${pattern}, found: ${issues.map((i) => i.title).join(' | ')}`);
  return found[0];
}

test('one issue per throw site, message and fingerprint', () => {
  assert.equal(issues.length, 5, issues.map((i) => i.title).join(' | '));
  assert.equal(Number(issueTitled(/^TypeError: order is not JSON/).count), 6); // 3 a run, 2 runs
  assert.equal(Number(issueTitled(/^RangeError: amount out of range/).count), 4);
  assert.equal(Number(issueTitled(/^Payment provider slow/).count), 4);
  // Two throw sites, one fingerprint: one issue.
  const fingerprinted = issues.filter((issue) => /check failed/.test(issue.title));
  assert.equal(fingerprinted.length, 1);
  assert.equal(Number(fingerprinted[0].count), 4);
  const crash = issueTitled(/^TypeError: Cannot read properties of undefined/);
  assert.equal(Number(crash.count), 1);
});

test('the store holds every event and session the SDK sent', async () => {
  const stats = Object.fromEntries((await ctl('stats')).trim().split('\n')
    .map((line) => line.split(':').map((part) => part.trim())));
  assert.equal(Number(stats.events), 6 + 4 + 4 + 4 + 1);
  assert.equal(Number(stats.issues), 5);
  assert.equal(Number(stats.projects), 1);
  assert.ok(Number(stats.sessions) >= 7, `session updates: ${stats.sessions}`);
});

test('users are counted per issue', () => {
  assert.equal(issueTitled(/^TypeError: order is not JSON/).userCount, 2);
  assert.equal(issueTitled(/^TypeError: Cannot read properties of undefined/).userCount, 1);
});

test('events keep breadcrumbs in order, tags, the user and source context lines', async () => {
  const issue = issueTitled(/^TypeError: order is not JSON/);
  const event = JSON.parse(await ctl('show', issue.shortId, '--json'));
  const crumbs = event.entries.find((entry) => entry.type === 'breadcrumbs').data.values
    .filter((crumb) => crumb.category === 'e2e').map((crumb) => crumb.message);
  assert.deepEqual(crumbs, ['step 1', 'step 2', 'step 3']);
  assert.ok(event.tags.some((tag) => tag.key === 'suite' && tag.value === 'e2e'), JSON.stringify(event.tags));
  assert.match(event.user.id, /^user-[12]$/);
  const exception = event.entries.find((entry) => entry.type === 'exception').data.values[0];
  const frames = exception.stacktrace.frames;
  const site = frames[frames.length - 1];
  assert.equal(site.function, 'parseOrder');
  assert.ok(site.inApp);
  // The SDK's ContextLines integration read the script: the throw line and some around it.
  assert.ok(site.context.some(([, line]) => line.includes('throw new TypeError')), JSON.stringify(site.context));
  assert.ok(site.context.length >= 3);
});

test('the crash is unhandled and its session ends crashed: crash-free sessions as the scripts made them', async () => {
  const health = JSON.parse(await ctl('health', '--json'));
  const release = health.find((row) => row.version === 'e2e-app@1.0.0');
  assert.ok(release, JSON.stringify(health));
  // 2 runs of app.mjs x 3 sessions, all ok; 1 crashed process session.
  assert.equal(release.totalSessions, 7);
  assert.equal(release.sessionsCrashed, 1);
  assert.ok(Math.abs(release.crashFreeSessions - (100 * 6) / 7) < 0.01, JSON.stringify(release));
});
