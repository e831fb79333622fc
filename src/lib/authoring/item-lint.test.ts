import { describe, expect, it } from 'vitest';
import {
  absoluteWordsIn,
  distinctiveWords,
  formatLintProblems,
  keyIsLongest,
  lintAbsoluteWords,
  lintAllOrNone,
  lintCourse,
  lintLongestOption,
  lintObjectives,
  lintPromptRepeatsAnswer,
  lintTrueFalseBalance,
  lintTrueFalsePool,
  wordStems,
  type LintCheck,
  type LintLesson,
  type LintQuestion,
} from './item-lint';

const single = (id: string, key: string, others: string[], prompt = 'Who patches the guest operating system?'): LintQuestion => ({
  id,
  type: 'single',
  prompt,
  objective: 'iaas-guest-os',
  options: [{ id: 'key', text: key, correct: true }, ...others.map((text, n) => ({ id: `d${n}`, text, correct: false }))],
});

const trueFalse = (id: string, prompt: string, key: boolean): LintQuestion => ({
  id,
  type: 'true-false',
  prompt,
  objective: 'iaas-guest-os',
  options: [
    { id: 'true', text: 'True', correct: key },
    { id: 'false', text: 'False', correct: !key },
  ],
});

const check = (questions: LintQuestion[], extra: Partial<LintCheck> = {}): LintCheck => ({
  id: 'iaas-in-practice',
  kind: 'lesson',
  lesson: 'iaas-in-practice',
  questions,
  ...extra,
});

const LESSONS: LintLesson[] = [
  { id: 'iaas-in-practice', objectives: [{ id: 'iaas-guest-os', text: 'Explain who patches the guest OS.' }] },
  { id: 'paas-in-practice', objectives: [{ id: 'paas-provider', text: 'Describe what the provider takes over.' }] },
];

describe('longest correct option', () => {
  const cued = single('cued', 'Contoso, because it runs everything inside the virtual machine', ['The provider', 'Both of them']);
  const fair = single('fair', 'Contoso', ['The cloud provider', 'Both, as a shared duty']);

  it('recognises a key that is longer than every other option by a clear margin, and only then', () => {
    expect(keyIsLongest(cued)).toBe(true);
    expect(keyIsLongest(fair)).toBe(false);
    // 20% longer, but by fewer than 5 characters: short labels such as "SaaS" never count.
    expect(keyIsLongest(single('short', 'PaaS!', ['IaaS']))).toBe(false);
    // Long enough, but within 20% of the next option.
    expect(keyIsLongest(single('close', 'Apply the update to the guest OS tonight', ['Apply the update to the host tomorrow']))).toBe(false);
  });

  it('fires when more than a third of a check’s single-choice questions have such a key, naming each one', () => {
    const problems = lintLongestOption(check([cued, fair]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'longest-option', file: 'content/checks/iaas-in-practice.yaml', subject: 'question "cued"' });
    expect(problems[0]!.message).toContain('1 of the check\'s 2 single-choice questions');
  });

  it('stays silent when at most a third are', () => {
    expect(lintLongestOption(check([cued, fair, { ...fair, id: 'fair-2' }]))).toEqual([]);
    expect(lintLongestOption(check([fair]))).toEqual([]);
  });
});

describe('true/false balance', () => {
  const t = (n: number) => trueFalse(`t${n}`, `Statement ${n}.`, true);
  const f = (n: number) => trueFalse(`f${n}`, `Statement ${n}.`, false);

  it('fires when a check has two more of one key than of the other', () => {
    const problems = lintTrueFalseBalance(check([f(1), f(2), f(3), t(4)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('1 true and 3 false keys');
  });

  it('stays silent when a check’s keys differ by at most one', () => {
    expect(lintTrueFalseBalance(check([f(1), t(2), f(3)]))).toEqual([]);
    expect(lintTrueFalseBalance(check([t(1)]))).toEqual([]);
  });

  it('fires when more than 60% of the course’s true/false keys are the same, and not below that', () => {
    const lopsided = [check([f(1), t(2)]), check([f(3), t(4)], { id: 'b' }), check([f(5), f(6), t(7)], { id: 'c' }), check([f(8)], { id: 'd' })];
    expect(lintTrueFalsePool(lopsided)[0]!.message).toBe(
      "63% of the course's 8 true/false questions are false (at most 60%); rewrite some as true statements",
    );
    const balanced = [check([f(1), t(2)]), check([f(3), t(4)], { id: 'b' }), check([f(5), t(6), f(7)], { id: 'c' })];
    expect(lintTrueFalsePool(balanced)).toEqual([]);
  });
});

describe('absolute words', () => {
  it('finds whole words only, including "no one"', () => {
    expect(absoluteWordsIn('Every provider publishes exactly the same chart.')).toEqual(['every', 'exactly']);
    expect(absoluteWordsIn('No one patches it; allowance and nevertheless are fine.')).toEqual(['no one']);
  });

  it('fires on a false statement with an absolute word', () => {
    const problems = lintAbsoluteWords(check([trueFalse('charts', 'Every cloud provider publishes exactly the same chart.', false)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'absolute-word', subject: 'question "charts"' });
    expect(problems[0]!.message).toContain('"every", "exactly"');
  });

  it('stays silent on a true one, and on a false one without absolutes', () => {
    expect(lintAbsoluteWords(check([trueFalse('data', 'Data always stays with the customer.', true)]))).toEqual([]);
    expect(lintAbsoluteWords(check([trueFalse('second', 'Contoso can skip the check for a second Azure service.', false)]))).toEqual([]);
  });
});

describe('prompt repeating the answer', () => {
  it('stems words so that plurals and verb forms match, and ignores the parties every owner question names', () => {
    expect(wordStems('Patches patched patching devices device updates updated')).toEqual([
      'patch',
      'patch',
      'patch',
      'devic',
      'devic',
      'updat',
      'updat',
    ]);
    const owner = single('owner', 'Contoso', ['The cloud provider'], 'Contoso’s VM misses an update. Whose job was it?');
    expect(distinctiveWords(owner, owner.options[0]!)).toEqual([]);
  });

  it('fires when the prompt uses a word only the correct option uses', () => {
    const cue = single('engine', 'The database platform’s operator', ['Contoso’s developers'], 'The database engine is part of the platform. Who patches it?');
    const problems = lintPromptRepeatsAnswer(check([cue]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('the prompt repeats "database", "platform", which only the correct option "key" uses');
  });

  it('stays silent when the shared word is in a wrong option too', () => {
    const fair = single('engine', 'The platform’s operator', ['Contoso, which builds on the platform'], 'The engine is part of the platform. Who patches it?');
    expect(lintPromptRepeatsAnswer(check([fair]))).toEqual([]);
  });
});

describe('all or none of the above', () => {
  it('fires on "all of the above", "none of these" and the like', () => {
    const bad = single('types', 'IaaS', ['PaaS', 'All of the above']);
    expect(lintAllOrNone(check([bad]))[0]).toMatchObject({ rule: 'all-or-none-of-the-above', subject: 'question "types"' });
    expect(lintAllOrNone(check([single('n', 'SaaS', ['None of these'])]))).toHaveLength(1);
  });

  it('stays silent on real answers', () => {
    expect(lintAllOrNone(check([single('types', 'IaaS', ['PaaS', 'SaaS'])]))).toEqual([]);
  });
});

describe('objectives', () => {
  const iaas = check([single('q', 'Contoso', ['The cloud provider'])]);
  const paas = check([{ ...single('p', 'Contoso', ['The cloud provider']), objective: 'paas-provider' }], { id: 'paas-in-practice', lesson: 'paas-in-practice' });

  it('stays silent when every objective is assessed by its own lesson’s check', () => {
    expect(lintObjectives(LESSONS, [iaas, paas])).toEqual([]);
  });

  it('lists an objective no question of its lesson’s check assesses, and a lesson without a check', () => {
    const problems = lintObjectives(LESSONS, [iaas]);
    expect(problems).toEqual([
      {
        rule: 'objective',
        file: 'content/lessons/paas-in-practice.mdx',
        subject: 'objective "paas-provider"',
        message: 'is not assessed: the lesson has no knowledge check (a check names its lesson in `lesson:`)',
      },
    ]);
    const emptyCheck = check([], { id: 'paas-in-practice', lesson: 'paas-in-practice' });
    expect(lintObjectives(LESSONS, [iaas, emptyCheck])[0]!.message).toBe(
      'is not assessed: no question of content/checks/paas-in-practice.yaml names it in `objective:`',
    );
  });

  it('does not let the assessment stand in for a lesson’s check', () => {
    const assessment = check([{ ...single('a', 'Contoso', ['The cloud provider']), objective: 'paas-provider' }], { id: 'final-assessment', kind: 'assessment', lesson: undefined });
    expect(lintObjectives(LESSONS, [iaas, assessment]).map((item) => item.subject)).toEqual(['objective "paas-provider"']);
  });

  it('fires on an unknown objective and on another lesson’s objective in a lesson check', () => {
    const unknown = check([{ ...single('q', 'Contoso', ['The cloud provider']), objective: 'guest-os' }]);
    expect(lintObjectives(LESSONS, [unknown, paas])[0]!.message).toContain('objective "guest-os" is not an objective of any lesson');
    const borrowed = check([{ ...single('q', 'Contoso', ['The cloud provider']), objective: 'paas-provider' }]);
    expect(lintObjectives(LESSONS, [borrowed, paas])[0]!.message).toBe(
      'objective "paas-provider" belongs to lesson "paas-in-practice", not to this check\'s lesson "iaas-in-practice"',
    );
  });
});

describe('lintCourse', () => {
  it('runs every rule and formats one line per problem naming the file, the question and the rule', () => {
    const bad = check([single('types', 'IaaS', ['PaaS', 'None of the above'])]);
    const text = formatLintProblems(lintCourse(LESSONS, [bad]));
    expect(text).toContain('The item-writing check found 2 problems');
    expect(text).toContain('  - content/checks/iaas-in-practice.yaml, question "types": option "d1" is an "all/none of the above" option');
    expect(text).toContain('  - content/lessons/paas-in-practice.mdx, objective "paas-provider": is not assessed');
  });
});
