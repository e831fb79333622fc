import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../components/mdx-component-names';
import { checkLessonReferences, type LessonVocabulary } from './lesson-references';

const VOCABULARY: LessonVocabulary = {
  components: MDX_COMPONENT_NAMES,
  checks: ['iaas-in-practice', 'final-assessment'],
  sorts: ['iaas-duties'],
  matrixChallenges: ['build-the-matrix'],
  terms: ['hypervisor', 'virtual-machine'],
};

const lesson = (body: string) => `---\ntitle: IaaS in practice\norder: 4\n---\n\n## Who patches\n\n${body}\n`;

describe('checkLessonReferences', () => {
  it('accepts every component with ids that exist, HTML tags and fragments', () => {
    const body = [
      'A <Term id="hypervisor">hypervisor</Term> runs each <abbr title="virtual machine">VM</abbr>.',
      '<KnowledgeCheck id="iaas-in-practice" />',
      '<ResponsibilitySort id="iaas-duties" />',
      '<MatrixChallenge />',
      '<>Fragment</>',
      '<InstructorNote>Ask who patches.</InstructorNote>',
    ].join('\n\n');
    expect(checkLessonReferences(lesson(body), VOCABULARY)).toEqual([]);
  });

  it('names a misspelt component at its line, suggests the component meant and lists those that need no import', () => {
    const [problem, ...rest] = checkLessonReferences(lesson('<ResponsibiltySort id="iaas-duties" />'), VOCABULARY);
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      line: 8,
      column: 1,
      message:
        '<ResponsibiltySort> is not a component lessons can use; did you mean <ResponsibilitySort>? Lessons use these without an import: ' +
        '<Term>, <Scenario>, <Callout>, <KeyTakeaways>, <MatrixTable>, <ServiceStack>, <KnowledgeCheck>, <ResponsibilitySort>, <MatrixChallenge>, <InstructorNote>',
    });
    expect(problem!.message).not.toMatch(/import it|forgot to import/);
  });

  it('names a check, an exercise, a challenge or a term that does not exist, with the closest id', () => {
    const body = [
      '<KnowledgeCheck id="iaas-in-practise" />',
      '<ResponsibilitySort id="iaas-dutys" />',
      '<MatrixChallenge id="matrix" />',
      'Text with a <Term id="hypervisr">hypervisor</Term>.',
    ].join('\n\n');
    expect(checkLessonReferences(lesson(body), VOCABULARY)).toEqual([
      { line: 8, column: 1, message: '<KnowledgeCheck id="iaas-in-practise" />: there is no content/checks/iaas-in-practise.yaml; did you mean "iaas-in-practice"? (checks: final-assessment, iaas-in-practice)' },
      { line: 10, column: 1, message: '<ResponsibilitySort id="iaas-dutys" />: there is no sorting exercise content/exercises/iaas-dutys.yaml; did you mean "iaas-duties"? (sorting exercises: iaas-duties)' },
      { line: 12, column: 1, message: '<MatrixChallenge id="matrix" />: there is no matrix challenge (kind: matrix) content/exercises/matrix.yaml (matrix challenges: build-the-matrix)' },
      { line: 14, column: 13, message: '<Term id="hypervisr">: content/glossary.yaml has no entry "hypervisr"; did you mean "hypervisor"? (add the term to the glossary, or use one of its ids)' },
    ]);
  });

  it('asks for the id a component needs', () => {
    expect(checkLessonReferences(lesson('<KnowledgeCheck />'), VOCABULARY)[0]!.message).toBe(
      '<KnowledgeCheck> needs an id: the name of a file in content/checks/ without .yaml',
    );
  });

  it('reports an MDX syntax error where the parser found it', () => {
    expect(checkLessonReferences(lesson('<Callout>\nNever closed.'), VOCABULARY)).toEqual([
      expect.objectContaining({ line: 8, message: expect.stringContaining('Expected a closing tag for `<Callout>`') }),
    ]);
  });
});
