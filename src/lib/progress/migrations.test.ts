import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type MigrationStep } from './migrations';
import { PROGRESS_VERSION } from './model';
import { checkProgressShape } from './shape';
import v1 from './fixtures/v1.json';

// Version 1 is the first released schema. These steps exist only to prove the runner; real steps go in MIGRATIONS.
const renameToV2: MigrationStep = ({ lessons, ...rest }) => ({ ...rest, version: 2, lessonsSeen: lessons });
const addToV3: MigrationStep = (value) => ({ ...value, version: 3, added: true });

describe('the shipped migrations', () => {
  it('have one step for every version below the current one', () => {
    for (let version = 1; version < PROGRESS_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(Object.keys(MIGRATIONS)).toHaveLength(PROGRESS_VERSION - 1);
  });

  it('bring every fixture to a valid current value', () => {
    const fixtures: Record<number, unknown> = { 1: v1 };
    for (let version = 1; version <= PROGRESS_VERSION; version += 1) {
      const result = migrate(fixtures[version] as Record<string, unknown>);
      expect(result.ok, `fixture v${version}`).toBe(true);
      if (result.ok) expect(checkProgressShape(result.value).ok).toBe(true);
    }
  });
});

describe('migrate', () => {
  const steps = { 1: renameToV2, 2: addToV3 };

  it('climbs one step at a time and reports where it started', () => {
    const result = migrate({ version: 1, lessons: { a: 1 } }, steps, 3);
    expect(result).toEqual({ ok: true, from: 1, value: { version: 3, lessonsSeen: { a: 1 }, added: true } });
  });

  it('starts from the value’s own version', () => {
    expect(migrate({ version: 2 }, steps, 3)).toEqual({ ok: true, from: 2, value: { version: 3, added: true } });
  });

  it('leaves a current value alone', () => {
    const value = { version: 3 };
    expect(migrate(value, steps, 3)).toEqual({ ok: true, from: 3, value });
  });

  it('refuses values without a usable version', () => {
    expect(migrate({}, steps, 3)).toEqual({ ok: false, reason: 'no-version' });
    expect(migrate({ version: '1' }, steps, 3)).toEqual({ ok: false, reason: 'no-version' });
    expect(migrate({ version: 1.5 }, steps, 3)).toEqual({ ok: false, reason: 'no-version' });
  });

  it('refuses a version newer than the target', () => {
    expect(migrate({ version: 4 }, steps, 3)).toEqual({ ok: false, reason: 'future-version', from: 4 });
  });

  it('refuses when a step is missing', () => {
    expect(migrate({ version: 1 }, { 2: addToV3 }, 3)).toEqual({ ok: false, reason: 'missing-step', from: 1 });
  });

  it('refuses when a step throws or forgets to set the version', () => {
    const throws: MigrationStep = () => {
      throw new Error('boom');
    };
    expect(migrate({ version: 1 }, { 1: throws }, 2)).toEqual({ ok: false, reason: 'step-failed', from: 1 });
    expect(migrate({ version: 1 }, { 1: (value) => value }, 2)).toEqual({ ok: false, reason: 'step-failed', from: 1 });
  });
});
