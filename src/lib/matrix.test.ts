import { describe, expect, it } from 'vitest';
import { matrix, ownerOf } from './matrix';
import { MatrixSchema } from '../schemas/matrix';
import { describeIssues } from '../schemas/content-error';

// The answer key, typed in here once from the course's reference table (C = customer, P = provider, S = shared).
const ANSWER_KEY = `
Information and data                  | C | C | C | C
Devices (mobile and PCs)              | C | C | C | C
Accounts and identities               | C | C | C | C
Identity and directory infrastructure | C | C | S | S
Applications                          | C | C | S | P
Network controls                      | C | C | S | P
Operating system                      | C | C | P | P
Physical hosts                        | C | P | P | P
Physical network                      | C | P | P | P
Physical datacenter                   | C | P | P | P`;

const OWNER_BY_LETTER = { C: 'customer', P: 'provider', S: 'shared' } as const;
const keyRows = ANSWER_KEY.trim()
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()));

describe('responsibility matrix data', () => {
  it('stops on a misspelt field in a row or its reasons, naming the row and the field that was meant', () => {
    const rows = structuredClone(matrix.rows) as unknown as Record<string, unknown>[];
    Object.assign(rows[0]!, { lable: 'Data' });
    Object.assign(rows[1]!.reasons as object, { iass: 'Typo' });
    const result = MatrixSchema.safeParse({ ...matrix, rows });
    expect(describeIssues('content/responsibility-matrix.json', result.error!)).toBe(
      'content/responsibility-matrix.json has 2 problems:\n' +
        '  - rows[0].lable: is not a field the course knows; did you mean `label`?\n' +
        '  - rows[1].reasons.iass: is not a field the course knows; did you mean `iaas`?',
    );
  });

  it('has the answer key rows in the same order', () => {
    expect(matrix.rows.map((row) => row.label)).toEqual(keyRows.map(([label]) => label));
  });

  it.each(keyRows)('%s matches the answer key in every service type', (label, ...letters) => {
    const row = matrix.rows.find((candidate) => candidate.label === label)!;
    const types = ['on-premises', 'iaas', 'paas', 'saas'] as const;
    types.forEach((type, index) => {
      expect(ownerOf(row.id, type)).toBe(OWNER_BY_LETTER[letters[index] as keyof typeof OWNER_BY_LETTER]);
    });
  });

  it('names the file and field when a cell holds an unknown owner', () => {
    const broken = structuredClone(matrix) as unknown as { rows: { cells: Record<string, string> }[] };
    broken.rows[4]!.cells.paas = 'nobody';
    const result = MatrixSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const message = describeIssues('content/responsibility-matrix.json', result.error!);
    expect(message).toContain('content/responsibility-matrix.json');
    expect(message).toContain('rows[4].cells.paas: must be one of customer, provider, shared');
  });

  it('refuses a duplicated row id', () => {
    const broken = structuredClone(matrix);
    broken.rows[1]!.id = broken.rows[0]!.id;
    const result = MatrixSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(describeIssues('m.json', result.error!)).toContain('rows[1].id: duplicate row id "information-and-data"');
  });
});
