import { describe, expect, it } from 'vitest';
import { matrix } from '../matrix';
import { ExerciseSchema, type SortExercise } from '../../schemas/exercise';
import { prepareMatrixChallenge, prepareSort, reasonFor, solutionFor } from './answers';
import { cellId } from './cell-id';

// The answer key from the course reference, typed in by hand (C = customer, P = cloud provider, S = shared).
const ANSWER_KEY: [string, string][] = [
  ['information-and-data', 'C C C C'],
  ['devices', 'C C C C'],
  ['accounts-and-identities', 'C C C C'],
  ['identity-and-directory-infrastructure', 'C C S S'],
  ['applications', 'C C S P'],
  ['network-controls', 'C C S P'],
  ['operating-system', 'C C P P'],
  ['physical-hosts', 'C P P P'],
  ['physical-network', 'C P P P'],
  ['physical-datacenter', 'C P P P'],
];
const TYPES = ['on-premises', 'iaas', 'paas', 'saas'] as const;
const OWNER = { C: 'customer', P: 'provider', S: 'shared' } as Record<string, string>;
const expected = ANSWER_KEY.flatMap(([row, letters]) =>
  letters.split(' ').map((letter, index) => ({ row, type: TYPES[index]!, owner: OWNER[letter]! })),
);

/** A mixed exercise with one card for every cell of the key, parsed through the real schema. */
const everyCell = ExerciseSchema.parse({
  title: 'Every cell',
  instructions: 'Sort every cell.',
  serviceType: 'mixed',
  zones: ['customer', 'provider', 'shared'],
  cards: expected.map(({ row, type }) => ({ id: cellId(row, type), text: `${row} under ${type}`, row, serviceType: type })),
}) as SortExercise;

describe('answers derived from the matrix', () => {
  it('covers all 40 cells of the answer key', () => {
    expect(expected).toHaveLength(40);
    expect(matrix.rows.map((row) => row.id)).toEqual(ANSWER_KEY.map(([row]) => row));
  });

  it.each(expected)('$row under $type belongs to $owner', ({ row, type, owner }) => {
    expect(solutionFor(everyCell)[cellId(row, type)]).toBe(owner);
  });

  it('gives the matrix challenge the same solution as the key', () => {
    const view = prepareMatrixChallenge('build-the-matrix', { kind: 'matrix', title: 'T', instructions: 'I' });
    expect(view.solution).toEqual(Object.fromEntries(expected.map(({ row, type, owner }) => [cellId(row, type), owner])));
    expect(Object.keys(view.explanations)).toHaveLength(40);
  });

  it('has a one-line reason for every row under every service type', () => {
    for (const row of matrix.rows) {
      for (const type of TYPES) {
        const reason = row.reasons?.[type];
        expect(reason, `${row.id} / ${type}`).toBeTruthy();
        expect(reason).not.toContain('\n');
      }
    }
  });

  it('explains a card with its row, service type, owner and reason, and honours an override', () => {
    expect(reasonFor('operating-system', 'iaas')).toMatch(/^Operating system under IaaS: Customer\. .+/);
    expect(reasonFor('operating-system', 'paas', matrix, 'Custom line.')).toBe(
      'Operating system under PaaS: Cloud provider. Custom line.',
    );
  });

  it('prepares plain island props with zone names and service type tags for mixed cards', () => {
    const view = prepareSort('every-cell', everyCell);
    expect(view.serviceType).toBeNull();
    expect(view.zones).toEqual([
      { id: 'customer', label: 'Customer' },
      { id: 'provider', label: 'Cloud provider' },
      { id: 'shared', label: 'Shared' },
    ]);
    expect(view.cards[1]).toEqual({ id: 'information-and-data--iaas', text: 'information-and-data under iaas', tag: 'IaaS' });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
