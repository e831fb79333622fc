import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type MigrationStep } from './migrations';
import { PROGRESS_VERSION } from './model';
import { checkProgressShape } from './shape';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';

// These steps exist only to prove the runner; real steps go in MIGRATIONS.
const renameToV2: MigrationStep = ({ lessons, ...rest }) => ({ ...rest, version: 2, lessonsSeen: lessons });
const addToV3: MigrationStep = (value) => ({ ...value, version: 3, added: true });

describe('the shipped migrations', () => {
  it('have one step for every version below the current one', () => {
    for (let version = 1; version < PROGRESS_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(Object.keys(MIGRATIONS)).toHaveLength(PROGRESS_VERSION - 1);
  });

  it('bring every fixture to a valid current value', () => {
    const fixtures: Record<number, unknown> = { 1: v1, 2: v2 };
    for (let version = 1; version <= PROGRESS_VERSION; version += 1) {
      const result = migrate(fixtures[version] as Record<string, unknown>);
      expect(result.ok, `fixture v${version}`).toBe(true);
      if (result.ok) expect(checkProgressShape(result.value).ok).toBe(true);
    }
  });
});

describe('version 1 to 2', () => {
  it('keeps every fact of version 1 and starts with no reviews', () => {
    const result = migrate(structuredClone(v1));
    expect(result).toEqual({ ok: true, from: 1, value: { ...v1, version: 2, reviews: { checks: {}, exercises: {} } } });
    const shape = checkProgressShape(result.ok ? result.value : null);
    expect(shape).toEqual({ ok: true, progress: { ...v1, version: 2, reviews: { checks: {}, exercises: {} } } });
  });

  it('gives each migrated value reviews of its own, never the shared empty ones', () => {
    const shape = checkProgressShape((migrate(structuredClone(v1)) as { value: unknown }).value);
    expect(shape.ok && Object.isFrozen(shape.progress.reviews.checks)).toBe(false);
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
