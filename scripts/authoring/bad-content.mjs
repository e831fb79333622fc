// Each way an author can get content wrong, as an edit to a copy of the project, with what the build must then say:
// the file to open and the field (or question, option, component) to fix. check-build-errors.mjs runs them.

/**
 * One broken copy of the course: `edit` changes the file in the copy; `expect` lists what the error output must name;
 * `once`, a message that must be printed exactly once (not once per page or per pass); `location`, the file and line
 * Astro's `Location:` must point at (the author's own file, never `:0:0` or a file in node_modules), given as text or
 * worked out from the broken file, so that editing the course does not move the expected line.
 */
/** The 1-based line of the first occurrence of `marker` in `text` (the broken file), for a `location`. */
function lineOf(/** @type {string} */ text, /** @type {string} */ marker) {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`bad-content: "${marker}" is not in the broken file`);
  return text.slice(0, index).split('\n').length;
}

export const BAD_CONTENT = [
  {
    name: 'a single-choice question with two correct options',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: provider\n(?:\s+\S.*\n)*?\s+text: [^\n]*\n)/, '$1        correct: true\n'),
    expect: ['content/checks/iaas-in-practice.yaml', 'question "guest-os-patching" is single choice and needs exactly one option'],
  },
  {
    name: 'a multiple-response question with no correct option',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: handed-to-provider[\s\S]*?)(?=\n  - id: )/, (question) => question.replace(/\n\s+correct: true/g, '')),
    expect: ['content/checks/iaas-in-practice.yaml', 'question "handed-to-provider" is multiple response and needs at least one option'],
  },
  {
    name: 'two questions with the same id',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace('- id: handed-to-provider', '- id: guest-os-patching'),
    expect: ['content/checks/iaas-in-practice.yaml', 'two questions have id "guest-os-patching"'],
  },
  {
    name: 'an option without an explanation',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: guest-os-patching[\s\S]*?- id: provider[\s\S]*?)\n\s+explanation: [^\n]*/, '$1'),
    expect: ['content/checks/iaas-in-practice.yaml', 'question "guest-os-patching", option "provider" has no explanation'],
  },
  {
    name: 'a lesson that embeds a check that does not exist',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (text) => text.replace(/<KnowledgeCheck id="iaas-in-practice"/, '<KnowledgeCheck id="iaas-in-practise"'),
    expect: ['content/lessons/iaas-in-practice.mdx', 'there is no content/checks/iaas-in-practise.yaml; did you mean "iaas-in-practice"?'],
    once: 'there is no content/checks/iaas-in-practise.yaml',
    location: (broken) => `content/lessons/iaas-in-practice.mdx:${lineOf(broken, '<KnowledgeCheck id="iaas-in-practise"')}:1`,
  },
  {
    name: 'a question that names no objective',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: open-ports\n\s+type: single\n)\s+objective: [^\n]*\n/, '$1'),
    expect: ['content/checks/iaas-in-practice.yaml', 'questions[1].objective: objective is required'],
    location: 'content/checks/iaas-in-practice.yaml:32:5',
  },
  {
    name: 'two lessons with the same objective id',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (text) => text.replace('- id: iaas-network-settings', '- id: read-the-matrix'),
    // Which of the two files is named first depends on the order the lessons load in; both are named.
    expect: ['content/lessons/iaas-in-practice.mdx', 'content/lessons/the-model-layer-by-layer.mdx', '"read-the-matrix" is already the id of an objective in'],
    // Either file, at its objective's id.
    location: '.mdx:',
  },
  // Strict schemas: a misspelt optional field is not silently dropped (a `drfat: true` lesson would be published).
  {
    name: 'a misspelt optional field in a lesson\'s frontmatter',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (text) => text.replace(/^(minutes: .*)$/m, '$1\ndrfat: true'),
    expect: ['content/lessons/iaas-in-practice.mdx has a problem', 'drfat: is not a field the course knows; did you mean `draft`?'],
    once: 'did you mean `draft`?',
    location: (broken) => `content/lessons/iaas-in-practice.mdx:${lineOf(broken, 'drfat:')}:1`,
  },
  {
    name: 'a misspelt field of a check',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace('shuffle: true', 'shufle: true'),
    expect: ['content/checks/iaas-in-practice.yaml has a problem', 'shufle: is not a field the course knows; did you mean `shuffle`?'],
    location: (broken) => `content/checks/iaas-in-practice.yaml:${lineOf(broken, 'shufle:')}:1`,
  },
  {
    name: 'a misspelt field of an option',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: guest-os-patching[\s\S]*?)correct: true/, '$1corect: true'),
    expect: ['content/checks/iaas-in-practice.yaml', 'questions[0].options[0].corect: is not a field the course knows; did you mean `correct`?'],
    location: (broken) => `content/checks/iaas-in-practice.yaml:${lineOf(broken, 'corect:')}:9`,
  },
  {
    name: 'a misspelt field of a sorting card',
    file: 'content/exercises/iaas-duties.yaml',
    edit: (text) => text.replace(/(\n\s+)row: /, '$1rwo: '),
    expect: ['content/exercises/iaas-duties.yaml has a problem', 'cards[0].rwo: is not a field the course knows; did you mean `row`?'],
    location: (broken) => `content/exercises/iaas-duties.yaml:${lineOf(broken, 'rwo:')}:5`,
  },
  {
    name: 'a misspelt field of a glossary entry',
    file: 'content/glossary.yaml',
    edit: (text) => text.replace('  related: [shared-responsibility-model]', '  relatd: [shared-responsibility-model]'),
    expect: ['content/glossary.yaml has a problem', 'cloud-provider.relatd: is not a field the course knows; did you mean `related`?'],
    location: (broken) => `content/glossary.yaml:${lineOf(broken, 'relatd:')}:3`,
  },
  {
    name: 'a misspelt field of a matrix row',
    file: 'content/responsibility-matrix.json',
    edit: (text) => text.replace('"band": "always-customer"', '"bnad": "always-customer"'),
    expect: ['content/responsibility-matrix.json has', 'rows[0].bnad: is not a field the course knows; did you mean `band`?'],
    location: (broken) => `content/responsibility-matrix.json:${lineOf(broken, '"bnad"')}:`,
  },
  {
    name: 'a misspelt component in a lesson',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (text) => text.replace('<ResponsibilitySort id="iaas-duties"', '<ResponsibiltySort id="iaas-duties"'),
    expect: [
      'content/lessons/iaas-in-practice.mdx has a problem',
      '<ResponsibiltySort> is not a component lessons can use; did you mean <ResponsibilitySort>?',
      'Lessons use these without an import: <Term>, <Scenario>, <Callout>',
    ],
    once: 'is not a component lessons can use',
    location: (broken) => `content/lessons/iaas-in-practice.mdx:${lineOf(broken, '<ResponsibiltySort')}:1`,
  },
  // The item-writing lint (src/lib/authoring/item-lint.ts): one line per problem, naming the file and the question.
  {
    name: 'an objective that no question of its lesson assesses',
    file: 'content/checks/review.yaml',
    edit: (text) => text.replace('objective: avoid-misconceptions', 'objective: matrix-from-memory'),
    expect: ['The item-writing check found a problem', 'content/lessons/review.mdx, objective "avoid-misconceptions": is not assessed: no question of content/checks/review.yaml names it in `objective:`'],
    location: 'content/lessons/review.mdx:',
  },
  {
    name: 'a false true/false statement with an absolute word',
    file: 'content/checks/review.yaml',
    edit: (text) => text.replace('Under PaaS, Microsoft decides which', 'Under PaaS, Microsoft alone decides which'),
    expect: ['content/checks/review.yaml, question "paas-address-rules": the statement is false and says "alone", which gives it away'],
    location: 'content/checks/review.yaml:',
  },
  {
    name: 'an "all of the above" option',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace('text: Both, as a shared duty', 'text: All of the above'),
    expect: ['content/checks/iaas-in-practice.yaml, question "guest-os-patching": option "shared" is an "all/none of the above" option'],
  },
];
