#!/usr/bin/env node
// A small stand-in LMS for the end-to-end tests, on localhost only. It serves each built package from its zip under a
// deep path, with no directory index (like Moodle's pluginfile.php), and:
// - SCORM 1.2 / 2004: a player page that installs scorm-again's API (the LMS side) and opens the package's launch
//   file in a frame; commits are posted back here and kept per learner, and a new launch starts from them;
// - cmi5: the LMS's launch steps (LMS.LaunchData state, one-time fetch URL) and a mock LRS with the statements,
//   state and agent-profile APIs; every statement is validated with @learninglocker/xapi-validation.
// Usage: node e2e/lms/test-lms-server.mjs --port 4418 [--dir dist-lms]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import xapiValidation from '@learninglocker/xapi-validation';
import { readZip } from './read-zip.mjs';

// The package is CommonJS with an `exports.default`.
const validateStatement = xapiValidation.default ?? xapiValidation;
const { values } = parseArgs({ options: { port: { type: 'string', default: '4418' }, dir: { type: 'string', default: 'dist-lms' } } });

/** Where each package is "uploaded"; deep and unknown to the package, as on a real LMS. */
export const PACKAGE_PATHS = {
  scorm12: '/pluginfile.php/12/mod_scorm/content/1/',
  scorm2004: '/pluginfile.php/12/mod_scorm/content/2/',
  cmi5: '/mod/cmi5/content/7/au/',
};
const ZIPS = { scorm12: 'srm-course-scorm12.zip', scorm2004: 'srm-course-scorm2004.zip', cmi5: 'srm-course-cmi5.zip' };
const packages = {};
for (const [standard, zip] of Object.entries(ZIPS)) {
  const file = join(values.dir, zip);
  if (existsSync(file)) packages[standard] = readZip(file);
}

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', xml: 'application/xml', txt: 'text/plain', wasm: 'application/wasm' };
const scormAgain = {
  scorm12: readFileSync('node_modules/scorm-again/dist/scorm12.min.js'),
  scorm2004: readFileSync('node_modules/scorm-again/dist/scorm2004.min.js'),
};

// ---- LMS records, per standard and learner ----
const records = new Map();
const recordFor = (standard, learner) => {
  const id = `${standard}:${learner}`;
  if (!records.has(id)) records.set(id, { commits: [], finals: 0, data: {}, statements: [], invalid: [], fetchUses: 0, launches: 0 });
  return records.get(id);
};

// ---- cmi5 LRS ----
const COURSE_AU = 'https://w3id.org/srm-course/shared-responsibility-model/au';
const sessions = new Map(); // auth token → { learner, registration }
const fetchTokens = new Map(); // one-time fetch id → { token, used }
const stateDocs = new Map(); // activityId|agent|registration|stateId → JSON text
const actorFor = (learner) => ({ objectType: 'Agent', name: learner, account: { homePage: 'http://localhost/lms', name: learner } });

function send(response, status, body, type = 'application/json') {
  response.statusCode = status;
  if (body === undefined) return response.end();
  response.setHeader('Content-Type', type);
  response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

const readBody = (request) =>
  new Promise((resolve) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

function nest(flat) {
  const root = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.replace(/^cmi\./, '').split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts.at(-1)] = value;
  }
  return root;
}

function scormPlayer(standard, learner) {
  const record = recordFor(standard, learner);
  record.launches += 1;
  const v12 = standard === 'scorm12';
  const saved = record.data;
  // What this LMS hands a returning learner: their last committed data, flagged as a resumed attempt.
  const resume = {};
  if (saved['cmi.suspend_data'] || saved['cmi.core.lesson_location'] || saved['cmi.location']) {
    for (const key of v12
      ? ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw']
      : ['cmi.suspend_data', 'cmi.location', 'cmi.completion_status', 'cmi.success_status', 'cmi.score.scaled']) {
      if (saved[key] !== undefined) resume[key] = saved[key];
    }
    resume[v12 ? 'cmi.core.entry' : 'cmi.entry'] = 'resume';
  }
  const commitUrl = `/lms/commit?standard=${standard}&learner=${encodeURIComponent(learner)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS (${standard})</title>
<script src="/lms/vendor/${standard}.js"></script></head>
<body><h1>Test LMS</h1>
<iframe id="sco" title="Course" style="width:100%;height:90vh"></iframe>
<script>
  const settings = { lmsCommitUrl: ${JSON.stringify(commitUrl)}, dataCommitFormat: 'flattened', autocommit: false, logLevel: 5, terminateCommitParam: 'final' };
  const api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}(settings);
  api.loadFromJSON(${JSON.stringify(nest(resume))});
  window.${v12 ? 'API' : 'API_1484_11'} = api;
  document.getElementById('sco').src = ${JSON.stringify(`${PACKAGE_PATHS[standard]}lms-launch/index.html`)};
</script></body></html>`;
}

function cmi5Launch(response, url) {
  const learner = url.searchParams.get('learner') ?? 'learner';
  const mode = url.searchParams.get('mode') ?? 'Normal';
  const registration = url.searchParams.get('registration') ?? randomUUID();
  const record = recordFor('cmi5', learner);
  record.launches += 1;
  const actor = actorFor(learner);
  const token = Buffer.from(`${learner}:${randomUUID()}`).toString('base64');
  const fetchId = randomUUID();
  fetchTokens.set(fetchId, { token, used: false, learner });
  sessions.set(token, { learner, registration });
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'https://w3id.org/srm-course/shared-responsibility-model' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
    },
    launchMode: mode,
    moveOn: 'CompletedAndPassed',
    masteryScore: Number(url.searchParams.get('mastery') ?? 0.8),
    returnURL: `http://localhost:${values.port}/lms/returned`,
  };
  stateDocs.set(stateKey(COURSE_AU, actor, registration, 'LMS.LaunchData'), JSON.stringify(launchData));
  const origin = `http://localhost:${values.port}`;
  const launch = new URL(`${origin}${PACKAGE_PATHS.cmi5}lms-launch/index.html`);
  launch.searchParams.set('endpoint', `${origin}/lrs`);
  launch.searchParams.set('fetch', `${origin}/lrs/fetch/${fetchId}`);
  launch.searchParams.set('actor', JSON.stringify(actor));
  launch.searchParams.set('registration', registration);
  launch.searchParams.set('activityId', COURSE_AU);
  response.statusCode = 302;
  response.setHeader('Location', launch.href);
  response.end();
}

const stateKey = (activityId, agent, registration, stateId) =>
  JSON.stringify([activityId, typeof agent === 'string' ? JSON.parse(agent).account?.name : agent.account.name, registration, stateId]);

async function lrs(request, response, url) {
  const path = url.pathname.slice('/lrs'.length);
  if (path.startsWith('/fetch/') && request.method === 'POST') {
    const entry = fetchTokens.get(path.slice('/fetch/'.length));
    if (!entry) return send(response, 404, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
    recordFor('cmi5', entry.learner).fetchUses += 1;
    // The fetch URL works once: a second request gets an error, as the cmi5 spec requires.
    if (entry.used) return send(response, 200, { 'error-code': '1', 'error-text': 'already used' });
    entry.used = true;
    return send(response, 200, { 'auth-token': entry.token });
  }
  const session = sessions.get((request.headers.authorization ?? '').replace(/^Basic /, ''));
  if (!session) return send(response, 401, { error: 'no or unknown auth token' });
  if (request.headers['x-experience-api-version'] !== '1.0.3') return send(response, 400, { error: 'X-Experience-API-Version 1.0.3 expected' });
  const record = recordFor('cmi5', session.learner);
  if (path === '/activities/state') {
    const key = stateKey(url.searchParams.get('activityId'), url.searchParams.get('agent'), url.searchParams.get('registration'), url.searchParams.get('stateId'));
    if (request.method === 'GET') return stateDocs.has(key) ? send(response, 200, stateDocs.get(key)) : send(response, 404, { error: 'no document' });
    if (request.method === 'PUT' || request.method === 'POST') {
      stateDocs.set(key, await readBody(request));
      return send(response, 204);
    }
  }
  if (path === '/agents/profile' && request.method === 'GET') return send(response, 404, { error: 'no profile' });
  if (path === '/statements' && (request.method === 'PUT' || request.method === 'POST')) {
    const body = JSON.parse(await readBody(request));
    for (const statement of Array.isArray(body) ? body : [body]) {
      if (request.method === 'PUT') statement.id = url.searchParams.get('statementId');
      const warnings = validateStatement(statement);
      if (warnings.length) record.invalid.push({ statement, warnings: warnings.map(String) });
      record.statements.push({ ...statement, registration: statement.context?.registration });
    }
    return send(response, request.method === 'PUT' ? 204 : 200, request.method === 'PUT' ? undefined : []);
  }
  return send(response, 404, { error: `no LRS route ${request.method} ${path}` });
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${values.port}`);
  try {
    for (const [standard, base] of Object.entries(PACKAGE_PATHS)) {
      if (!url.pathname.startsWith(base)) continue;
      const entry = packages[standard]?.get(decodeURIComponent(url.pathname.slice(base.length)));
      if (!entry) return send(response, 404, 'Not found (no directory index here)', 'text/plain');
      return send(response, 200, entry, TYPES[url.pathname.split('.').pop()] ?? 'application/octet-stream');
    }
    if (url.pathname.startsWith('/lms/vendor/')) return send(response, 200, scormAgain[url.pathname.slice(12, -3)], 'text/javascript');
    if (url.pathname === '/lms/player') {
      const standard = url.searchParams.get('standard');
      if (!scormAgain[standard]) return send(response, 400, 'standard?', 'text/plain');
      return send(response, 200, scormPlayer(standard, url.searchParams.get('learner') ?? 'learner'), TYPES.html);
    }
    if (url.pathname === '/lms/commit' && request.method === 'POST') {
      const record = recordFor(url.searchParams.get('standard'), url.searchParams.get('learner'));
      const data = JSON.parse(await readBody(request));
      record.commits.push(data);
      Object.assign(record.data, data);
      if (url.searchParams.get('final') === 'true') record.finals += 1;
      return send(response, 200, { result: true, errorCode: 0 });
    }
    if (url.pathname === '/lms/cmi5/launch') return cmi5Launch(response, url);
    if (url.pathname === '/lms/records') return send(response, 200, recordFor(url.searchParams.get('standard'), url.searchParams.get('learner')));
    if (url.pathname === '/lms/returned') return send(response, 200, '<!doctype html><title>Back in the LMS</title><p>Back in the LMS.</p>', TYPES.html);
    if (url.pathname.startsWith('/lrs/')) return await lrs(request, response, url);
    return send(response, 404, 'Not found', 'text/plain');
  } catch (error) {
    return send(response, 500, { error: String(error) });
  }
});

server.listen(Number(values.port), '127.0.0.1', () => console.log(`Test LMS on http://localhost:${values.port}/`));
