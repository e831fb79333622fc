import { describe, expect, it } from 'vitest';
import { lessonUrl, withBase } from './urls';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/glossary/', '/')).toBe('/glossary/');
  });
  it('prefixes a sub-path, with or without its trailing slash', () => {
    expect(withBase('/glossary/', '/course/')).toBe('/course/glossary/');
    expect(withBase('/glossary/', '/course')).toBe('/course/glossary/');
    expect(withBase('favicon.svg', '/course/')).toBe('/course/favicon.svg');
  });
  it('builds lesson and section URLs', () => {
    expect(lessonUrl('iaas-in-practice', undefined, '/')).toBe('/lessons/iaas-in-practice/');
    expect(lessonUrl('iaas-in-practice', 'patching', '/c/')).toBe('/c/lessons/iaas-in-practice/#patching');
  });
});
