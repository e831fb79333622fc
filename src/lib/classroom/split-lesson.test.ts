import { describe, expect, it } from 'vitest';
import { NOTE_END, NOTE_START, embedMarker, extractNotes, splitLesson, textOf } from './split-lesson';

const note = (html: string) => `${NOTE_START}${html}${NOTE_END}`;

describe('splitLesson', () => {
  it('makes one chunk per h2 and keeps h3 inside its section', () => {
    const html = '<p>Intro.</p><h2 id="one">One</h2><p>a</p><h3 id="sub">Sub</h3><p>b</p><h2 id="two">Two &amp; more</h2><p>c</p>';
    const chunks = splitLesson(html);
    expect(chunks.map((chunk) => (chunk.kind === 'section' ? [chunk.id, chunk.title] : chunk.id))).toEqual([
      [null, null],
      ['one', 'One'],
      ['two', 'Two & more'],
    ]);
    expect(chunks[1]).toMatchObject({ html: '<h2 id="one">One</h2><p>a</p><h3 id="sub">Sub</h3><p>b</p>' });
  });

  it('drops an empty intro', () => {
    expect(splitLesson('\n  <h2 id="a">A</h2><p>x</p>')).toHaveLength(1);
  });

  it('moves notes out of the slide into the section notes', () => {
    const [section] = splitLesson(`<h2 id="a">A</h2><p>x</p>${note('<p>Ask the room.</p>')}<p>y</p>`);
    expect(section).toEqual({ kind: 'section', id: 'a', title: 'A', html: '<h2 id="a">A</h2><p>x</p><p>y</p>', notes: ['<p>Ask the room.</p>'] });
  });

  it('keeps an intro that holds only a note', () => {
    const [intro] = splitLesson(`${note('<p>Timing: 5 min.</p>')}<h2 id="a">A</h2>`);
    expect(intro).toMatchObject({ kind: 'section', id: null, notes: ['<p>Timing: 5 min.</p>'] });
  });

  it('places embedded checks and exercises after the section that embeds them', () => {
    const html = `<h2 id="a">A</h2><p>x</p>${embedMarker('check', 'lesson-a')}<h2 id="b">B</h2><p>y</p>${embedMarker('exercise', 'sort-b')}`;
    expect(splitLesson(html).map((chunk) => `${chunk.kind}:${chunk.id}`)).toEqual([
      'section:a',
      'embed:lesson-a',
      'section:b',
      'embed:sort-b',
    ]);
  });

  it('drops a heading that only introduces an embedded exercise', () => {
    const html = `<h2 id="practice">Practice</h2>\n${embedMarker('exercise', 'iaas-duties')}<h2 id="next">Next</h2><p>z</p>`;
    expect(splitLesson(html).map((chunk) => `${chunk.kind}:${chunk.id}`)).toEqual(['embed:iaas-duties', 'section:next']);
  });

  it('gives the notes of a heading that only introduces an exercise to the exercise, instead of a heading-only slide', () => {
    const html = `<h2 id="practice">Practice</h2>${NOTE_START}<p>Give them two minutes.</p>${NOTE_END}${embedMarker('exercise', 'iaas-duties')}`;
    expect(splitLesson(html)).toEqual([{ kind: 'embed', embed: 'exercise', id: 'iaas-duties', notes: ['<p>Give them two minutes.</p>'] }]);
  });

  it('names a heading without an id by its position', () => {
    expect(splitLesson('<h2>Plain</h2>')[0]).toMatchObject({ id: 'section-1', title: 'Plain' });
  });
});

describe('extractNotes', () => {
  it('takes several notes and tolerates an unclosed one', () => {
    expect(extractNotes(`a${note('one')}b${NOTE_START}two`)).toEqual({ html: 'ab', notes: ['one', 'two'] });
  });

  it('ignores empty notes', () => {
    expect(extractNotes(`a${note('  ')}`)).toEqual({ html: 'a', notes: [] });
  });
});

describe('textOf', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    expect(textOf('<em>Who</em>\n secures &quot;what&quot;?&nbsp;')).toBe('Who secures "what"?');
  });
});
