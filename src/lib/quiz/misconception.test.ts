import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isLearnerPhrasable, misconceptionForLearner, misconceptionsForLearner } from './misconception';

describe('misconceptionForLearner', () => {
  it('says an author’s "thinks …" note to the learner', () => {
    expect(misconceptionForLearner('thinks the provider patches the guest OS on IaaS')).toBe(
      'You may think that the provider patches the guest OS on IaaS.',
    );
  });

  it('does not say "that that", keeps the author’s words and ends with one full stop', () => {
    expect(misconceptionForLearner('thinks that shared means nobody is responsible.')).toBe(
      'You may think that shared means nobody is responsible.',
    );
    expect(misconceptionForLearner('  believes the customer’s data moves to the vendor  ')).toBe(
      'You may believe the customer’s data moves to the vendor.',
    );
  });

  it('addresses any note that opens with a verb in the third person', () => {
    expect(misconceptionForLearner('confuses who publishes a release with who applies it')).toBe(
      'You may confuse who publishes a release with who applies it.',
    );
    expect(misconceptionForLearner('does not know that new S3 buckets block public access by default')).toBe(
      'You may not know that new S3 buckets block public access by default.',
    );
    expect(misconceptionForLearner('blames the vendor for weak passwords')).toBe('You may blame the vendor for weak passwords.');
    expect(misconceptionForLearner('reads every outage as shared')).toBe('You may read every outage as shared.');
    expect(misconceptionForLearner('relies on the vendor for backups')).toBe('You may rely on the vendor for backups.');
    expect(misconceptionForLearner('mixes up IaaS and PaaS')).toBe('You may mix up IaaS and PaaS.');
    expect(misconceptionForLearner('is sure the vendor keeps backups')).toBe('You may be sure the vendor keeps backups.');
  });

  it('shows a note written another way as what it is, never as a broken sentence', () => {
    expect(misconceptionForLearner('Provider patches the guest OS')).toBe('A common misunderstanding: Provider patches the guest OS.');
    expect(isLearnerPhrasable('Provider patches the guest OS')).toBe(false);
  });

  it('names two notes that say the same thing once', () => {
    expect(misconceptionsForLearner(['thinks a is b', 'thinks that a is b', 'thinks c'])).toEqual([
      'You may think that a is b.',
      'You may think that c.',
    ]);
  });
});

describe('the course’s misconception notes', () => {
  const dir = join(import.meta.dirname, '../../../content/checks');
  const notes = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const check = parse(readFileSync(join(dir, file), 'utf8')) as { questions: { options: { misconception?: string }[] }[] };
      return check.questions.flatMap((question) => question.options.flatMap((option) => (option.misconception ? [`${file}: ${option.misconception}`] : [])));
    });

  it('all open with a verb ("thinks …"), so that learners read "You may think that …" (README, Writing a knowledge check)', () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((note) => !isLearnerPhrasable(note.slice(note.indexOf(': ') + 2)))).toEqual([]);
  });
});
