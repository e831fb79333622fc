// The scaling benchmark: builds the real course and a synthetic course of N lessons, each in a clean temporary copy
// of the project (cold caches, the working tree untouched), and reports build time and page weight for both.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { METRICS } from './budgets.mjs';
import { measurePage } from './measure.mjs';
import { copyProject, serve, timedBuild } from './site.mjs';
import { generateSyntheticCourse } from './synthetic-course.mjs';
import { formatKB, gzipBytes } from './weigh.mjs';

/** @typedef {import('./report.mjs').BuildFigures} BuildFigures */

/** Adds the synthetic lessons and checks to a copied project. */
function addSyntheticContent(/** @type {string} */ dir, /** @type {number} */ total) {
  const lessonsDir = join(dir, 'content', 'lessons');
  const checksDir = join(dir, 'content', 'checks');
  const read = (/** @type {string} */ folder, /** @type {string} */ ext) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith(ext))
          .map((name) => ({ id: basename(name, ext), text: readFileSync(join(folder, name), 'utf8') }))
      : [];
  const generated = generateSyntheticCourse({
    lessons: read(lessonsDir, '.mdx').map(({ id, text }) => ({ id, mdx: text })),
    checks: read(checksDir, '.yaml').map(({ id, text }) => ({ id, yaml: text })),
    total,
  });
  for (const lesson of generated.lessons) writeFileSync(join(lessonsDir, `${lesson.id}.mdx`), lesson.mdx);
  for (const check of generated.checks) writeFileSync(join(checksDir, `${check.id}.yaml`), check.yaml);
  return generated;
}

function filesUnder(/** @type {string} */ dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? /** @type {number} */ (sorted[Math.floor(sorted.length / 2)]) : 0;
};

/**
 * Builds one copy and measures it.
 * @param {{ dir: string, browser: import('@playwright/test').Browser, port: number, sampleLesson?: string }} options
 * @returns {Promise<BuildFigures & { checks: number }>}
 */
async function buildAndMeasure({ dir, browser, port, sampleLesson }) {
  const outDir = join(dir, 'dist');
  const { astroBuildMs, pagefindMs } = await timedBuild({ cwd: dir, outDir });
  const lessonIds = readdirSync(join(outDir, 'lessons')).filter((name) => existsSync(join(outDir, 'lessons', name, 'index.html')));
  const files = filesUnder(outDir);
  const lessonHtml = lessonIds.map((id) => gzipBytes(readFileSync(join(outDir, 'lessons', id, 'index.html'))));
  const sample = sampleLesson && lessonIds.includes(sampleLesson) ? sampleLesson : /** @type {string} */ (lessonIds.sort()[0]);
  const server = await serve({ dir: outDir, port });
  try {
    const page = await measurePage(browser, { siteUrl: server.url, entry: { kind: 'lesson', label: 'lesson', path: `lessons/${sample}/` } });
    return {
      lessons: lessonIds.length,
      pages: files.filter((file) => file.endsWith('.html')).length,
      checks: existsSync(join(dir, 'content', 'checks')) ? readdirSync(join(dir, 'content', 'checks')).length : 0,
      astroBuildMs,
      pagefindMs,
      msPerLesson: astroBuildMs / lessonIds.length,
      lessonHtmlGzip: median(lessonHtml),
      lessonPageGzip: page.scrolled.totalGzip,
      lessonPageJsGzip: METRICS.jsGzip.read(page),
      distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    };
  } finally {
    server.stop();
  }
}

/**
 * The real course and a synthetic one of `total` lessons, built and measured the same way.
 * @param {{ root: string, total: number, browser: import('@playwright/test').Browser, port: number }} options
 */
export async function measureScaling({ root, total, browser, port }) {
  const realDir = copyProject(resolve(root), 'real');
  const syntheticDir = copyProject(resolve(root), 'synthetic');
  try {
    const real = await buildAndMeasure({ dir: realDir, browser, port });
    const generated = addSyntheticContent(syntheticDir, total);
    const synthetic = await buildAndMeasure({ dir: syntheticDir, browser, port, sampleLesson: generated.lessons.at(-1)?.id });
    const added = synthetic.lessons - real.lessons;
    const marginalMs = added > 0 ? (synthetic.astroBuildMs - real.astroBuildMs) / added : 0;
    const note =
      `The synthetic course copies the real lessons (${real.lessons}) and the knowledge check each embeds until it has ${synthetic.lessons} lessons ` +
      `(${synthetic.checks} check files). ` +
      (marginalMs > 0
        ? `Each added lesson costs about ${Math.round(marginalMs)} ms of build time; the rest is fixed start-up cost. `
        : 'The difference in build time is within the noise of a shared machine: start-up cost dominates. ') +
      `Lesson HTML grows with the course because every lesson page lists every lesson in its navigation ` +
      `(${formatKB(real.lessonHtmlGzip)} → ${formatKB(synthetic.lessonHtmlGzip)} gzip). ` +
      `"Lesson page" weights come from loading the last lesson in Chromium and scrolling through it.`;
    return { real, synthetic, note };
  } finally {
    rmSync(realDir, { recursive: true, force: true });
    rmSync(syntheticDir, { recursive: true, force: true });
  }
}
