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
    expect: ['content/lessons/iaas-in-practice.mdx', 'there is no content/checks/iaas-in-practise.yaml'],
  },
  {
    name: 'a question that names no objective',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace(/(- id: open-ports\n\s+type: single\n)\s+objective: [^\n]*\n/, '$1'),
    expect: ['content/checks/iaas-in-practice.yaml', 'questions.1.objective: objective is required'],
  },
  {
    name: 'two lessons with the same objective id',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (text) => text.replace('- id: iaas-network-settings', '- id: read-the-matrix'),
    // Which of the two files is named first depends on the order the lessons load in; both are named.
    expect: ['content/lessons/iaas-in-practice.mdx', 'content/lessons/the-model-layer-by-layer.mdx', '"read-the-matrix" is already the id of an objective in'],
  },
  // The item-writing lint (src/lib/authoring/item-lint.ts): one line per problem, naming the file and the question.
  {
    name: 'an objective that no question of its lesson assesses',
    file: 'content/checks/review.yaml',
    edit: (text) => text.replace('objective: avoid-misconceptions', 'objective: matrix-from-memory'),
    expect: ['The item-writing check found a problem', 'content/lessons/review.mdx, objective "avoid-misconceptions": is not assessed: no question of content/checks/review.yaml names it in `objective:`'],
  },
  {
    name: 'a false true/false statement with an absolute word',
    file: 'content/checks/review.yaml',
    edit: (text) => text.replace('Under PaaS, Microsoft decides which', 'Under PaaS, Microsoft alone decides which'),
    expect: ['content/checks/review.yaml, question "paas-address-rules": the statement is false and says "alone", which gives it away'],
  },
  {
    name: 'an "all of the above" option',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (text) => text.replace('text: Both, as a shared duty', 'text: All of the above'),
    expect: ['content/checks/iaas-in-practice.yaml, question "guest-os-patching": option "shared" is an "all/none of the above" option'],
  },
];
