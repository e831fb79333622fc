// The item-writing lint: rules that keep knowledge-check questions answerable by understanding rather than by
// test-wiseness (Haladyna, Downing and Rodriguez's item-writing guidelines). The build runs it over the whole course
// (src/data/course-key.ts) and stops with one line per problem, naming the file and the question or objective.
// Every threshold is a named constant below, documented in the README's "Writing good questions".

/** What the lint needs to know about one option. */
export interface LintOption {
  id: string;
  text: string;
  correct: boolean;
}

/** What the lint needs to know about one question. */
export interface LintQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  objective: string;
  options: readonly LintOption[];
}

/** What the lint needs to know about one check (a lesson's check or the assessment). */
export interface LintCheck {
  id: string;
  kind: 'lesson' | 'assessment';
  /** The lesson a lesson check belongs to. */
  lesson?: string | undefined;
  questions: readonly LintQuestion[];
}

/** What the lint needs to know about one lesson. */
export interface LintLesson {
  id: string;
  objectives: readonly { id: string; text: string }[];
}

/** One problem, with the file to open and the question or objective it is about. */
export interface LintProblem {
  rule: LintRule;
  file: string;
  /** `question "id"`, `objective "id"` or empty for a problem of the whole check. */
  subject: string;
  message: string;
}

/** The rules, by name. */
export type LintRule =
  | 'longest-option'
  | 'true-false-balance'
  | 'absolute-word'
  | 'prompt-repeats-answer'
  | 'all-or-none-of-the-above'
  | 'objective';

/** A key counts as "longest by a clear margin" when it is at least this much longer than every other option… */
export const LONGEST_OPTION_RATIO = 1.2;
/** …and at least this many characters longer, so that "SaaS" against "IaaS" never counts. */
export const LONGEST_OPTION_MIN_CHARS = 5;
/** At most this share of a check's single-choice questions may have such a key. */
export const LONGEST_OPTION_MAX_SHARE = 1 / 3;
/** Within one check, the true and false keys of true/false questions may differ by at most this many. */
export const TRUE_FALSE_MAX_DIFFERENCE = 1;
/** Across the whole course, neither key may be more than this share of the true/false questions… */
export const TRUE_FALSE_MAX_SHARE = 0.6;
/** …counted once the course has at least this many of them (with three, two of one kind is already 67%). */
export const TRUE_FALSE_MIN_POOL = 5;

/**
 * Words that make a statement absolute. Test-wise learners know that absolute statements are usually false, so a
 * true/false statement may use one only when its key is true.
 */
export const ABSOLUTE_WORDS = [
  'all',
  'alone',
  'always',
  'completely',
  'entirely',
  'every',
  'everyone',
  'everything',
  'exactly',
  'fully',
  'never',
  'no one',
  'nobody',
  'none',
  'nothing',
  'only',
  'solely',
  'totally',
] as const;

/**
 * Words ignored when comparing a prompt with its answer: the parties every owner question names (its prompt is about
 * Contoso and its key is a party) and the service types, which a prompt must name to set its scene.
 */
export const NEUTRAL_WORDS = ['contoso', 'microsoft', 'azure', 'customer', 'provider', 'vendor', 'cloud', 'iaas', 'paas', 'saas'] as const;

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but
  by can could did do does doing down during each few for from further had has have having he her here hers him his how
  i if in into is it its itself just may me might more most must my no nor not now of off on once one only or other
  our ours out over own same she should so some such than that the their theirs them then there these they this those
  through to too under until up us very was we were what when where which while who whom whose why will with would you
  your yours still every much many`.split(/\s+/),
);

/** The content words of a text with their stems: lowercase, apostrophes and possessives dropped, endings trimmed. */
function contentWords(text: string): { word: string; stem: string }[] {
  return (text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [])
    .map((word) => word.replace(/['’](s|t|re|ve|ll|d)$/, ''))
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => ({ word, stem: stem(word) }));
}

/** Lowercase word stems of a text: apostrophes and possessives dropped, a plural or verb ending trimmed. */
export function wordStems(text: string): string[] {
  return contentWords(text).map((item) => item.stem);
}

function stem(word: string): string {
  if (word.length <= 3) return word;
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (/(sses|ches|shes|xes|zes)$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !base.endsWith('ss') && base.length > 4) base = base.slice(0, -1);
  else if (base.endsWith('ing') && base.length > 6) base = base.slice(0, -3);
  else if (base.endsWith('ed') && base.length > 5) base = base.slice(0, -2);
  // "update", "updates" and "updated" all become "updat".
  return base.endsWith('e') && base.length > 4 ? base.slice(0, -1) : base;
}

function fileOfCheck(check: LintCheck): string {
  return `content/checks/${check.id}.yaml`;
}

function problem(rule: LintRule, check: LintCheck, subject: string, message: string): LintProblem {
  return { rule, file: fileOfCheck(check), subject, message };
}

const isTrueKey = (question: LintQuestion) => question.options.find((option) => option.correct)?.id === 'true';

/** Whether a single-choice question's correct option is the longest by a clear margin. */
export function keyIsLongest(question: LintQuestion): boolean {
  const key = question.options.find((option) => option.correct);
  const others = question.options.filter((option) => !option.correct).map((option) => option.text.trim().length);
  if (!key || others.length === 0) return false;
  const length = key.text.trim().length;
  const next = Math.max(...others);
  return length >= next * LONGEST_OPTION_RATIO && length - next >= LONGEST_OPTION_MIN_CHARS;
}

/** Rule: in at most a third of a check's single-choice questions is the correct option plainly the longest. */
export function lintLongestOption(check: LintCheck): LintProblem[] {
  const singles = check.questions.filter((question) => question.type === 'single');
  const cued = singles.filter(keyIsLongest);
  if (cued.length <= singles.length * LONGEST_OPTION_MAX_SHARE) return [];
  return cued.map((question) =>
    problem(
      'longest-option',
      check,
      `question "${question.id}"`,
      `the correct option is the longest by a clear margin (${cued.length} of the check's ${singles.length} single-choice ` +
        `questions are, at most a third may be); shorten it or write distractors as long`,
    ),
  );
}

/** Rule: true and false keys are balanced within a check. */
export function lintTrueFalseBalance(check: LintCheck): LintProblem[] {
  const items = check.questions.filter((question) => question.type === 'true-false');
  const trues = items.filter(isTrueKey).length;
  const falses = items.length - trues;
  if (Math.abs(trues - falses) <= TRUE_FALSE_MAX_DIFFERENCE) return [];
  return [
    problem(
      'true-false-balance',
      check,
      '',
      `its true/false questions have ${trues} true and ${falses} false keys; keep them within ${TRUE_FALSE_MAX_DIFFERENCE} of each other`,
    ),
  ];
}

/** Rule: across the course, neither true nor false is the key of more than 60% of the true/false questions. */
export function lintTrueFalsePool(checks: readonly LintCheck[]): LintProblem[] {
  const items = checks.flatMap((check) => check.questions.filter((question) => question.type === 'true-false'));
  if (items.length < TRUE_FALSE_MIN_POOL) return [];
  const trues = items.filter(isTrueKey).length;
  const share = Math.max(trues, items.length - trues) / items.length;
  if (share <= TRUE_FALSE_MAX_SHARE) return [];
  const kind = trues * 2 > items.length ? 'true' : 'false';
  return [
    {
      rule: 'true-false-balance',
      file: 'content/checks/',
      subject: '',
      message:
        `${Math.round(share * 100)}% of the course's ${items.length} true/false questions are ${kind} (at most ` +
        `${TRUE_FALSE_MAX_SHARE * 100}%); rewrite some as ${kind === 'true' ? 'false' : 'true'} statements`,
    },
  ];
}

/** The absolute words a text uses. */
export function absoluteWordsIn(text: string): string[] {
  const plain = ` ${text.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return ABSOLUTE_WORDS.filter((word) => plain.includes(` ${word} `));
}

/** Rule: a true/false statement whose key is false uses no absolute word. */
export function lintAbsoluteWords(check: LintCheck): LintProblem[] {
  return check.questions
    .filter((question) => question.type === 'true-false' && !isTrueKey(question))
    .flatMap((question) => {
      const words = absoluteWordsIn(question.prompt);
      return words.length === 0
        ? []
        : [
            problem(
              'absolute-word',
              check,
              `question "${question.id}"`,
              `the statement is false and says ${words.map((word) => `"${word}"`).join(', ')}, which gives it away; ` +
                'make the false statement plausible without absolute words',
            ),
          ];
    });
}

/** The distinctive words of a correct option: words (compared by stem) that no wrong option of the question uses. */
export function distinctiveWords(question: LintQuestion, key: LintOption): { word: string; stem: string }[] {
  const neutral = new Set<string>(NEUTRAL_WORDS.map(stem));
  const elsewhere = new Set(question.options.filter((option) => !option.correct).flatMap((option) => wordStems(option.text)));
  const seen = new Set<string>();
  return contentWords(key.text).filter((item) => {
    const keep = item.stem.length >= 4 && !neutral.has(item.stem) && !elsewhere.has(item.stem) && !seen.has(item.stem);
    seen.add(item.stem);
    return keep;
  });
}

/** Rule: a prompt does not repeat a word that only the correct option uses. */
export function lintPromptRepeatsAnswer(check: LintCheck): LintProblem[] {
  return check.questions
    .filter((question) => question.type !== 'true-false')
    .flatMap((question) => {
      const prompt = new Set(wordStems(question.prompt));
      return question.options
        .filter((option) => option.correct)
        .flatMap((key) => {
          const repeated = distinctiveWords(question, key).filter((item) => prompt.has(item.stem));
          return repeated.length === 0
            ? []
            : [
                problem(
                  'prompt-repeats-answer',
                  check,
                  `question "${question.id}"`,
                  `the prompt repeats ${repeated.map((item) => `"${item.word}"`).join(', ')}, which only the correct option ` +
                    `"${key.id}" uses; reword the prompt or the options so that the wording does not point at the answer`,
                ),
              ];
        });
    });
}

/** Rule: no "all of the above" or "none of the above". */
export function lintAllOrNone(check: LintCheck): LintProblem[] {
  return check.questions.flatMap((question) =>
    question.options
      .filter((option) => /\b(all|none|both|neither) of (the above|these|them)\b/i.test(option.text))
      .map((option) =>
        problem(
          'all-or-none-of-the-above',
          check,
          `question "${question.id}"`,
          `option "${option.id}" is an "all/none of the above" option; offer real answers instead (use a multiple-response question to ask for several)`,
        ),
      ),
  );
}

/**
 * Rule: every question names an objective its check may assess (a lesson check: its own lesson's; the assessment:
 * any lesson's), and every objective of every lesson is assessed by a question of that lesson's check.
 */
export function lintObjectives(lessons: readonly LintLesson[], checks: readonly LintCheck[]): LintProblem[] {
  const lessonOf = new Map(lessons.flatMap((lesson) => lesson.objectives.map((objective) => [objective.id, lesson.id] as const)));
  const problems: LintProblem[] = [];
  const assessed = new Set<string>();
  for (const check of checks) {
    for (const question of check.questions) {
      const owner = lessonOf.get(question.objective);
      const subject = `question "${question.id}"`;
      if (owner === undefined) {
        problems.push(
          problem('objective', check, subject, `objective "${question.objective}" is not an objective of any lesson (check the lessons' objectives: ids)`),
        );
      } else if (check.kind === 'lesson' && owner !== check.lesson) {
        problems.push(
          problem(
            'objective',
            check,
            subject,
            `objective "${question.objective}" belongs to lesson "${owner}", not to this check's lesson "${check.lesson}"`,
          ),
        );
      } else if (check.kind === 'lesson') {
        assessed.add(question.objective);
      }
    }
  }
  for (const lesson of lessons) {
    const checkFiles = checks.filter((check) => check.kind === 'lesson' && check.lesson === lesson.id).map(fileOfCheck);
    for (const objective of lesson.objectives) {
      if (assessed.has(objective.id)) continue;
      problems.push({
        rule: 'objective',
        file: `content/lessons/${lesson.id}.mdx`,
        subject: `objective "${objective.id}"`,
        message:
          checkFiles.length === 0
            ? 'is not assessed: the lesson has no knowledge check (a check names its lesson in `lesson:`)'
            : `is not assessed: no question of ${checkFiles.join(', ')} names it in \`objective:\``,
      });
    }
  }
  return problems;
}

/** Runs every rule over the course. */
export function lintCourse(lessons: readonly LintLesson[], checks: readonly LintCheck[]): LintProblem[] {
  return [
    ...checks.flatMap((check) => [
      ...lintLongestOption(check),
      ...lintTrueFalseBalance(check),
      ...lintAbsoluteWords(check),
      ...lintPromptRepeatsAnswer(check),
      ...lintAllOrNone(check),
    ]),
    ...lintTrueFalsePool(checks),
    ...lintObjectives(lessons, checks),
  ];
}

/** One line per problem, for the build's error message. */
export function formatLintProblems(problems: readonly LintProblem[]): string {
  const lines = problems.map((item) => `  - ${item.file}${item.subject ? `, ${item.subject}` : ''}: ${item.message} [${item.rule}]`);
  return (
    `The item-writing check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} ` +
    `(the rules are in the README, "Writing good questions"):\n${lines.join('\n')}`
  );
}

/** Word overlap of two texts: the Jaccard index of their content-word stems, from 0 (none) to 1 (the same words). */
export function wordOverlap(a: string, b: string): number {
  const left = new Set(wordStems(a));
  const right = new Set(wordStems(b));
  const shared = [...left].filter((word) => right.has(word)).length;
  const all = left.size + right.size - shared;
  return all === 0 ? 0 : shared / all;
}
