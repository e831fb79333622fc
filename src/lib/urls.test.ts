import { describe, expect, it } from 'vitest';
import { lessonUrl, sourceOfPage, withBase } from './urls';

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

describe('sourceOfPage', () => {
  it('names the lesson file behind a lesson, its slides and its notes, under any base', () => {
    expect(sourceOfPage('/lessons/iaas-in-practice/')).toBe('content/lessons/iaas-in-practice.mdx');
    expect(sourceOfPage('/course/present/review/projector/')).toBe('content/lessons/review.mdx');
    expect(sourceOfPage('/instructors/notes/review/')).toBe('content/lessons/review.mdx');
  });
  it('names any other page by its path', () => {
    expect(sourceOfPage('/exercises/iaas-duties/')).toBe('the page /exercises/iaas-duties/');
  });
});
