// Each way an author can get a knowledge check wrong, as an edit to a copy of the project, with what the build must
// then say: the file to open and the question (or option, or lesson) to fix. check-build-errors.mjs runs them.

/** One broken copy of the course: `edit` changes files in the copy, `expect` lists what the error output must name. */
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
    edit: (text) => text.replace(/(- id: what-moved[\s\S]*?)(?=\n  - id: )/, (question) => question.replace(/\n\s+correct: true/g, '')),
    expect: ['content/checks/iaas-in-practice.yaml', 'question "what-moved" is multiple response and needs at least one option'],
  },
  {
    name: 'two questions with the same id',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace('- id: what-moved', '- id: guest-os-patching'),
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
    expect: ['content/lessons/iaas-in-practice.mdx', 'there is no content/checks/iaas-in-practise.yaml'],
  },
];
