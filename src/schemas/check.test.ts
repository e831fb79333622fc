import { describe, expect, it } from 'vitest';
import { CheckSchema } from './check';
import { ContentError, parseContent } from './content-error';

const FILE = 'content/checks/iaas-in-practice.yaml';

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  explanation: `Why ${id}.`,
  ...(correct ? {} : { misconception: `thinks ${id} is right` }),
});

function validCheck() {
  return {
    lesson: 'iaas-in-practice',
    questions: [
      { id: 'guest-os', type: 'single', objective: 'iaas-guest-os', prompt: 'Who patches?', options: [option('customer', true), option('provider')] },
      { id: 'pick-all', type: 'multiple', objective: 'iaas-guest-os', prompt: 'Which?', options: [option('a', true), option('b', true), option('c')] },
      { id: 'statement', type: 'true-false', objective: 'iaas-guest-os', prompt: 'True?', options: [option('true'), option('false', true)] },
    ],
  };
}

/** Parses and returns the error text, failing the test if the data is accepted. */
function errorText(data: unknown): string {
  try {
    parseContent(CheckSchema, data, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the check to be rejected');
}

describe('CheckSchema', () => {
  it('stops on a misspelt field at every level, naming the field and the one that was meant', () => {
    expect(errorText({ ...validCheck(), shufle: false })).toBe(`${FILE} has a problem:\n  - shufle: is not a field the course knows; did you mean \`shuffle\`?`);
    const data = validCheck();
    Object.assign(data.questions[0]!.options[1]!, { corect: true });
    Object.assign(data.questions[2]!, { promt: 'Typo' });
    expect(errorText(data)).toBe(
      `${FILE} has 2 problems:\n` +
        '  - questions[0].options[1].corect: is not a field the course knows; did you mean `correct`?\n' +
        '  - questions[2].promt: is not a field the course knows; did you mean `prompt`?',
    );
  });

  it('accepts a valid check and fills in the defaults', () => {
    const check = parseContent(CheckSchema, validCheck(), FILE);
    expect(check.title).toBe('Check your knowledge');
    expect(check.kind).toBe('lesson');
    expect(check.shuffle).toBe(true);
    expect(check.passMark).toBe(0.8);
    expect(check.questions[0]!.options[1]!.correct).toBe(false);
    expect(check.questions[0]!.scenario).toBe(false);
    expect(check.earlierKeys).toEqual([]);
  });

  it('names a question without the objective it assesses', () => {
    const data = validCheck() as { questions: Record<string, unknown>[] };
    delete data.questions[1]!.objective;
    expect(errorText(data)).toBe(`${FILE} has a problem:\n  - questions[1].objective: objective is required`);
  });

  it('names every wrong option of a scenario that does not say which misconception it reveals', () => {
    const data = validCheck() as { questions: { scenario?: boolean; options: Record<string, unknown>[] }[] };
    delete data.questions[1]!.options[2]!.misconception;
    // A wrong option of a multiple-response question may leave it out, unless the question is a scenario.
    expect(parseContent(CheckSchema, data, FILE).questions[1]!.options[2]!.misconception).toBeUndefined();
    Object.assign(data.questions[1]!, { scenario: true });
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[1].options[2].misconception: question "pick-all" is a scenario, and its wrong option "c" names no misconception; say which mistaken belief choosing it reveals`,
    );
    Object.assign(data.questions[1]!.options[2]!, { misconception: 'thinks c is right' });
    expect(parseContent(CheckSchema, data, FILE).questions[1]!.scenario).toBe(true);
  });

  it('names a wrong option of a single-choice or true/false question without its misconception', () => {
    const data = validCheck() as { questions: { options: Record<string, unknown>[] }[] };
    delete data.questions[0]!.options[1]!.misconception;
    delete data.questions[2]!.options[0]!.misconception;
    expect(errorText(data)).toBe(
      `${FILE} has 2 problems:\n` +
        '  - questions[0].options[1].misconception: question "guest-os" is single choice, and its wrong option "provider" names no misconception; say which mistaken belief choosing it reveals\n' +
        '  - questions[2].options[0].misconception: question "statement" is true/false, and its wrong option "true" names no misconception; say which mistaken belief choosing it reveals',
    );
  });

  it('accepts earlier answer keys, and refuses one in which a current question had another answer', () => {
    const data = { ...validCheck(), earlierKeys: [{ 'guest-os': ['customer'], retired: ['x'] }] };
    expect(parseContent(CheckSchema, data, FILE).earlierKeys).toEqual([{ 'guest-os': ['customer'], retired: ['x'] }]);
    const reused = { ...validCheck(), earlierKeys: [{ 'guest-os': ['provider'] }] };
    expect(errorText(reused)).toBe(
      `${FILE} has a problem:\n  - earlierKeys[0].guest-os: question "guest-os" had the correct options provider and now has customer; give the changed question a new id so that saved attempts keep their meaning`,
    );
  });

  it('names the file, the question and the count when a single-choice question has two correct options', () => {
    const data = validCheck();
    data.questions[0]!.options[1]!.correct = true;
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[0].options: question "guest-os" is single choice and needs exactly one option with correct: true (found 2)`,
    );
  });

  it('rejects a single-choice question with no correct option', () => {
    const data = validCheck();
    data.questions[0]!.options[0]!.correct = false;
    expect(errorText(data)).toContain(
      'questions[0].options: question "guest-os" is single choice and needs exactly one option with correct: true (found 0)',
    );
  });

  it('rejects a multiple-response question with no correct option', () => {
    const data = validCheck();
    data.questions[1]!.options.forEach((o) => (o.correct = false));
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[1].options: question "pick-all" is multiple response and needs at least one option with correct: true`,
    );
  });

  it('rejects a true-false question with both options correct', () => {
    const data = validCheck();
    data.questions[2]!.options[0]!.correct = true;
    expect(errorText(data)).toContain(
      'questions[2].options: question "statement" is true-false and needs exactly one option with correct: true (found 2)',
    );
  });

  it('rejects a true-false question with three options', () => {
    const data = validCheck();
    data.questions[2]!.options.push(option('maybe'));
    expect(errorText(data)).toContain(
      'questions[2].options: question "statement" is true-false and needs exactly two options (found 3)',
    );
  });

  it('names a duplicated question id', () => {
    const data = validCheck();
    data.questions[2]!.id = 'guest-os';
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[2].id: two questions have id "guest-os"; question ids must be unique within a check`,
    );
  });

  it('names a duplicated option id and its question', () => {
    const data = validCheck();
    data.questions[1]!.options[2]!.id = 'a';
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[1].options[2].id: question "pick-all" has two options with id "a"; option ids must be unique within a question`,
    );
  });

  it('names an option without an explanation', () => {
    const data = validCheck();
    delete (data.questions[0]!.options[1] as { explanation?: string }).explanation;
    expect(errorText(data)).toBe(
      `${FILE} has a problem:\n  - questions[0].options[1].explanation: question "guest-os", option "provider" has no explanation; say why this option is right or wrong`,
    );
  });

  it('names an option with an empty explanation', () => {
    const data = validCheck();
    data.questions[0]!.options[0]!.explanation = '   ';
    expect(errorText(data)).toContain(
      'questions[0].options[0].explanation: question "guest-os", option "customer" has no explanation; say why this option is right or wrong',
    );
  });

  it('rejects an unknown question type', () => {
    const data = validCheck() as { questions: { type: string }[] };
    data.questions[0]!.type = 'essay';
    expect(errorText(data)).toContain('questions[0].type: type must be one of single, multiple, true-false');
  });

  it('rejects a question with only one option', () => {
    const data = validCheck();
    data.questions[0]!.options = [option('customer', true)];
    expect(errorText(data)).toContain('questions[0].options: a question needs at least two options');
  });

  it('rejects ids that are not lowercase words joined by hyphens', () => {
    const data = validCheck();
    data.questions[0]!.id = 'Guest OS';
    expect(errorText(data)).toContain(
      'questions[0].id: question id must be lowercase words joined by hyphens, e.g. guest-os-patching',
    );
  });

  it('rejects a lesson check without its lesson', () => {
    const data: Record<string, unknown> = validCheck();
    delete data.lesson;
    expect(errorText(data)).toBe(`${FILE} has a problem:\n  - lesson: a lesson check needs the id of its lesson`);
  });

  it('rejects draw on a lesson check and a draw larger than the pool', () => {
    expect(errorText({ ...validCheck(), draw: 2 })).toContain('draw: draw is only for kind: assessment');
    expect(errorText({ ...validCheck(), kind: 'assessment', draw: 5 })).toContain(
      'draw: draw is 5 but the pool has only 3 questions',
    );
  });

  it('rejects a pass mark given as a percentage', () => {
    expect(errorText({ ...validCheck(), kind: 'assessment', passMark: 80 })).toContain(
      'passMark: passMark must be at most 1 (it is a share, e.g. 0.8 for 80%)',
    );
  });

  it('rejects a matrix reference with an unknown service type', () => {
    const data = validCheck();
    Object.assign(data.questions[0]!, { matrix: { row: 'operating-system', serviceType: 'cloud' } });
    expect(errorText(data)).toContain('questions[0].matrix.serviceType: must be one of on-premises, iaas, paas, saas');
  });

  it('rejects a review link without a lesson', () => {
    const data = validCheck();
    Object.assign(data.questions[0]!.options[1]!, { review: { section: 'who-patches' } });
    expect(errorText(data)).toContain('questions[0].options[1].review.lesson: review.lesson is required');
  });
});
