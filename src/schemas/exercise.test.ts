import { describe, expect, it } from 'vitest';
import { ExerciseSchema } from './exercise';
import { ContentError, parseContent } from './content-error';

const FILE = 'content/exercises/iaas-duties.yaml';

function validSort() {
  return {
    title: 'Sort the duties: IaaS',
    instructions: 'Put each duty with the party that secures it.',
    serviceType: 'iaas',
    zones: ['provider', 'customer'],
    cards: [
      { id: 'patch-guest-os', text: 'Apply security updates to the guest operating system', row: 'operating-system' },
      { id: 'replace-disk', text: 'Replace a failed disk in a host server', row: 'physical-hosts' },
    ],
  };
}

/** Parses and returns the error text, or '' when the data is valid. */
function errorOf(data: unknown): string {
  try {
    parseContent(ExerciseSchema, data, FILE);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
}

describe('ExerciseSchema', () => {
  it('stops on a misspelt field of an exercise or a card, naming the field and the one that was meant', () => {
    expect(errorOf({ ...validSort(), instructons: 'Sort.' })).toContain('instructons: is not a field the course knows; did you mean `instructions`?');
    const sort = validSort();
    Object.assign(sort.cards[0]!, { explanaton: 'Why.' });
    expect(errorOf(sort)).toContain('cards[0].explanaton: is not a field the course knows; did you mean `explanation`?');
    expect(errorOf({ kind: 'matrix', title: 'Build the matrix', instructions: 'Fill every cell.', lessn: 'review' })).toContain(
      'lessn: is not a field the course knows; did you mean `lesson`?',
    );
  });

  it('accepts a valid sorting exercise without a kind', () => {
    expect(errorOf(validSort())).toBe('');
  });

  it('accepts the matrix challenge', () => {
    expect(errorOf({ kind: 'matrix', title: 'Build the matrix', instructions: 'Fill every cell.' })).toBe('');
  });

  it('names the file and the card when a card points at a row that does not exist', () => {
    const data = validSort();
    data.cards[1]!.row = 'physical-host';
    const message = errorOf(data);
    expect(message).toContain(FILE);
    expect(message).toContain('cards[1].row: card "replace-disk" points at row "physical-host"');
    expect(message).toContain('physical-hosts');
  });

  it('refuses a zone that is not an owner', () => {
    const data = validSort() as { zones: string[] };
    data.zones = ['provider', 'customer', 'vendor'];
    expect(errorOf(data)).toContain('zones[2]: must be one of customer, provider, shared');
  });

  it('refuses an exercise whose card needs a zone it does not offer', () => {
    const data = validSort();
    data.serviceType = 'paas';
    data.cards.push({ id: 'app-code', text: 'Fix a flaw in your web app', row: 'applications' });
    const message = errorOf(data);
    expect(message).toContain('cards[2].row: card "app-code" belongs in zone "shared"');
    expect(message).toContain('add it to zones');
  });

  it('refuses duplicate card ids and duplicate zones', () => {
    const data = validSort();
    data.cards[1]!.id = 'patch-guest-os';
    data.zones.push('provider');
    const message = errorOf(data);
    expect(message).toContain('cards[1].id: card "patch-guest-os" is a duplicate id');
    expect(message).toContain('zones[2]: zone "provider" is listed twice');
  });

  it('requires a service type on every card of a mixed exercise, and only there', () => {
    const mixed = validSort();
    mixed.serviceType = 'mixed';
    expect(errorOf(mixed)).toContain('cards[0].serviceType: card "patch-guest-os" needs a serviceType');

    const single = validSort() as ReturnType<typeof validSort> & { cards: { serviceType?: string }[] };
    single.cards[0]!.serviceType = 'saas';
    expect(errorOf(single)).toContain('only mixed exercises allow');
  });

  it('names missing text fields', () => {
    const data = validSort() as Partial<ReturnType<typeof validSort>>;
    delete data.title;
    data.cards![0]!.text = '  ';
    const message = errorOf(data);
    expect(message).toContain('title: title is required');
    expect(message).toContain('cards[0].text: text must not be empty');
  });

  it('refuses an unknown kind with a friendly message', () => {
    expect(errorOf({ ...validSort(), kind: 'quiz' })).toContain('kind must be "sort"');
  });
});
