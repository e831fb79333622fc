#!/usr/bin/env node
// A small stand-in LMS for the end-to-end tests, on localhost only. It serves each built package from its zip under a
// deep path, with no directory index (like Moodle's pluginfile.php), and:
// - SCORM 1.2 / 2004: a player page that installs scorm-again's API (the LMS side) and opens the package's launch
//   file in a frame; commits are posted back here and kept per learner, and a new launch starts from them;
// - cmi5: the LMS's launch steps (LMS.LaunchData state, one-time fetch URL) and a mock LRS with the statements,
//   state and agent-profile APIs; every statement is validated with @learninglocker/xapi-validation, and statements
//   that break the cmi5 rules (scores, verb order per session and per registration) are refused as an LMS would.
// Tests set up an LMS's record (/lms/seed) and make it refuse commits or statements for a while (/lms/control).
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
  if (!records.has(id)) {
    records.set(id, {
      commits: [],
      finals: 0,
      data: {},
      statements: [],
      invalid: [],
      rejected: [],
      refused: 0,
      control: { refuseCommits: false, refuseStatements: false },
      fetchUses: 0,
      launches: 0,
    });
  }
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

/** The elements an LMS hands a returning learner back (their last committed values), per standard. */
const RESUMED = {
  scorm12: ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'],
  scorm2004: [
    'cmi.suspend_data',
    'cmi.location',
    'cmi.completion_status',
    'cmi.success_status',
    'cmi.score.scaled',
    'cmi.score.raw',
    'cmi.score.min',
    'cmi.score.max',
    'cmi.progress_measure',
  ],
};

function scormPlayer(standard, learner) {
  const record = recordFor(standard, learner);
  record.launches += 1;
  const v12 = standard === 'scorm12';
  const saved = record.data;
  // The learner, as the LMS knows them; then their last committed data, flagged as a resumed attempt.
  const resume = v12 ? { 'cmi.core.student_id': learner, 'cmi.core.student_name': learner } : { 'cmi.learner_id': learner, 'cmi.learner_name': learner };
  for (const key of RESUMED[standard]) if (saved[key] !== undefined && saved[key] !== '') resume[key] = saved[key];
  if (saved['cmi.suspend_data'] || saved['cmi.core.lesson_location'] || saved['cmi.location']) resume[v12 ? 'cmi.core.entry' : 'cmi.entry'] = 'resume';
  const commitUrl = `/lms/commit?standard=${standard}&learner=${encodeURIComponent(learner)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS (${standard})</title>
<script src="/lms/vendor/${standard}.js"></script></head>
<body><h1>Test LMS</h1>
<iframe id="sco" title="Course" style="width:100%;height:90vh"></iframe>
<script>
  const settings = { lmsCommitUrl: ${JSON.stringify(commitUrl)}, dataCommitFormat: 'flattened', autocommit: false, logLevel: 5, terminateCommitParam: 'final' };
  const api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}(settings);
  api.loadFromJSON(${JSON.stringify(nest(resume))});
  // A navigation request (2004) is not part of the commit: the LMS acts on it after Terminate. Record it as such.
  api.on('SetValue.adl.nav.request', (element, value) => {
    fetch(${JSON.stringify(`/lms/nav?standard=${standard}&learner=${encodeURIComponent(learner)}`)}, { method: 'POST', body: value, keepalive: true });
  });
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
  const sessionId = randomUUID();
  const masteryScore = Number(url.searchParams.get('mastery') ?? 0.8);
  const token = Buffer.from(`${learner}:${randomUUID()}`).toString('base64');
  const fetchId = randomUUID();
  fetchTokens.set(fetchId, { token, used: false, learner });
  sessions.set(token, { learner, registration, sessionId, masteryScore });
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'https://w3id.org/srm-course/shared-responsibility-model' }] },
      extensions: { [SESSION_ID]: sessionId },
    },
    launchMode: mode,
    moveOn: 'CompletedAndPassed',
    masteryScore,
    // returnURL=none launches without one (an LMS that opened the AU in a window of its own).
    ...(url.searchParams.get('returnURL') === 'none' ? {} : { returnURL: `http://localhost:${values.port}/lms/returned?learner=${encodeURIComponent(learner)}` }),
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

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const verbName = (statement) => String(statement.verb?.id ?? '').split('/').pop();
const isInteger = (value) => Number.isInteger(value);

/**
 * Why an LMS must refuse this statement under the cmi5 specification, or null: score rules (9.5.1, 9.3.4, 9.3.5),
 * verb order within an AU session and within a registration (9.3), judged by the statements' timestamps.
 */
function cmi5Violation(statement, session, record) {
  const categories = statement.context?.contextActivities?.category ?? [];
  if (!categories.some((category) => category.id === CMI5_CATEGORY)) return null;
  const verb = verbName(statement);
  const score = statement.result?.score;
  if (score) {
    if (verb !== 'passed' && verb !== 'failed') return `${verb} must not carry a score`;
    if (score.raw !== undefined) {
      if (!isInteger(score.raw)) return `score.raw ${score.raw} is not an integer`;
      if (!isInteger(score.min) || !isInteger(score.max)) return 'score.raw needs integer min and max';
      if (score.raw < score.min || score.raw > score.max) return `score.raw ${score.raw} is outside ${score.min}..${score.max}`;
    }
    if (score.scaled !== undefined) {
      if (typeof score.scaled !== 'number' || score.scaled < -1 || score.scaled > 1) return `score.scaled ${score.scaled} is outside -1..1`;
      if (verb === 'passed' && score.scaled < session.masteryScore) return `passed with scaled ${score.scaled} below the mastery score`;
      if (verb === 'failed' && score.scaled >= session.masteryScore) return `failed with scaled ${score.scaled} at or above the mastery score`;
    }
  }
  if (verb === 'passed' && statement.result?.success !== true) return 'passed needs success true';
  if (verb === 'failed' && statement.result?.success !== false) return 'failed needs success false';
  const registration = statement.context?.registration;
  const sessionId = statement.context?.extensions?.[SESSION_ID];
  const when = Date.parse(statement.timestamp);
  const cmi5 = record.statements.filter((stored) => stored.registration === registration && (stored.context?.contextActivities?.category ?? []).some((category) => category.id === CMI5_CATEGORY));
  const inSession = cmi5.filter((stored) => stored.context?.extensions?.[SESSION_ID] === sessionId);
  const sessionVerbs = inSession.map(verbName);
  if (verb !== 'initialized' && !sessionVerbs.includes('initialized')) return `${verb} before initialized in its session`;
  if (sessionVerbs.includes(verb)) return `${verb} twice in one session`;
  const terminated = inSession.find((stored) => verbName(stored) === 'terminated');
  if (terminated && when > Date.parse(terminated.timestamp)) return `${verb} after terminated`;
  if (verb === 'terminated' && inSession.some((stored) => Date.parse(stored.timestamp) > when)) return 'terminated is not the last statement of its session';
  if ((verb === 'passed' || verb === 'failed') && sessionVerbs.some((stored) => stored === 'passed' || stored === 'failed')) return `${verb} after a judgement in the same session`;
  const registrationVerbs = cmi5.map(verbName);
  if ((verb === 'completed' || verb === 'passed') && registrationVerbs.includes(verb)) return `${verb} twice in one registration`;
  if (verb === 'failed' && registrationVerbs.includes('passed')) return 'failed after passed in one registration';
  return null;
}

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
  if (path === '/statements' && request.method === 'GET') {
    const id = url.searchParams.get('statementId');
    if (id) {
      const found = record.statements.find((statement) => statement.id === id);
      return found ? send(response, 200, found) : send(response, 404, { error: 'no such statement' });
    }
    const verb = url.searchParams.get('verb');
    const registration = url.searchParams.get('registration');
    const matching = record.statements.filter((statement) => (!verb || statement.verb.id === verb) && (!registration || statement.registration === registration));
    return send(response, 200, { statements: matching, more: '' });
  }
  if (path === '/statements' && (request.method === 'PUT' || request.method === 'POST')) {
    if (record.control.refuseStatements) {
      record.refused += 1;
      return send(response, 503, { error: 'the LRS is refusing statements for this test' });
    }
    const body = JSON.parse(await readBody(request));
    const incoming = Array.isArray(body) ? body : [body];
    for (const statement of incoming) {
      if (request.method === 'PUT') statement.id = url.searchParams.get('statementId');
      if (record.statements.some((stored) => stored.id === statement.id)) {
        return send(response, 409, { error: `statement ${statement.id} already stored` });
      }
      const broken = cmi5Violation(statement, session, record);
      if (broken) {
        record.rejected.push({ verb: statement.verb?.id, reason: broken });
        return send(response, 400, { error: broken });
      }
    }
    for (const statement of incoming) {
      const warnings = validateStatement(statement);
      if (warnings.length) record.invalid.push({ statement, warnings: warnings.map(String) });
      record.statements.push({ ...statement, registration: statement.context?.registration, stored: new Date().toISOString() });
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
      if (record.control.refuseCommits) {
        record.refused += 1;
        return send(response, 500, { result: false, errorCode: 101 });
      }
      record.commits.push(data);
      Object.assign(record.data, data);
      if (url.searchParams.get('final') === 'true') record.finals += 1;
      return send(response, 200, { result: true, errorCode: 0 });
    }
    if (url.pathname === '/lms/nav' && request.method === 'POST') {
      recordFor(url.searchParams.get('standard'), url.searchParams.get('learner')).data['adl.nav.request'] = await readBody(request);
      return send(response, 204);
    }
    if (url.pathname === '/lms/cmi5/launch') return cmi5Launch(response, url);
    if (url.pathname === '/lms/seed' && request.method === 'POST') {
      // SCORM: values the LMS already holds for the learner. cmi5: a state document (`stateId`) of a registration.
      const standard = url.searchParams.get('standard');
      const learner = url.searchParams.get('learner');
      const body = await readBody(request);
      if (standard === 'cmi5') {
        const key = stateKey(COURSE_AU, actorFor(learner), url.searchParams.get('registration'), url.searchParams.get('stateId'));
        stateDocs.set(key, body);
      } else {
        Object.assign(recordFor(standard, learner).data, JSON.parse(body));
      }
      return send(response, 204);
    }
    if (url.pathname === '/lms/control' && request.method === 'POST') {
      const record = recordFor(url.searchParams.get('standard'), url.searchParams.get('learner'));
      Object.assign(record.control, JSON.parse(await readBody(request)));
      return send(response, 204);
    }
    if (url.pathname === '/lms/records') return send(response, 200, recordFor(url.searchParams.get('standard'), url.searchParams.get('learner')));
    if (url.pathname === '/lms/returned') {
      return send(response, 200, '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Back in the LMS</title><h1>Back in the LMS</h1></html>', TYPES.html);
    }
    if (url.pathname.startsWith('/lrs/')) return await lrs(request, response, url);
    return send(response, 404, 'Not found', 'text/plain');
  } catch (error) {
    return send(response, 500, { error: String(error) });
  }
});

server.listen(Number(values.port), '127.0.0.1', () => console.log(`Test LMS on http://localhost:${values.port}/`));
