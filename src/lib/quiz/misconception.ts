// Authors note a misconception about the learner in the third person ("thinks the provider patches the guest OS on
// IaaS", "confuses who publishes a release with who applies it"), which reads well in presenter notes and the class
// report. The learner's result speaks to the learner instead: "You may think that …", "You may confuse …".

/** The note's opening verb, in the third person: "does not", or a word ending in -s ("thinks", "confuses"). */
const OPENING_VERB = /^(does not|doesn['’]t|\p{Ll}+s)\b\s*(.*)$/su;

/** The base form of a verb in the third person singular: thinks → think, relies → rely, pushes → push. */
function baseForm(verb: string): string {
  if (verb === 'is') return 'be';
  if (verb === 'has') return 'have';
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** Whether a misconception note opens with a verb in the third person, which `misconceptionForLearner` can address. */
export function isLearnerPhrasable(note: string): boolean {
  return OPENING_VERB.test(note.trim());
}

/**
 * A misconception note said to the learner: "thinks the provider patches the guest OS" becomes "You may think that
 * the provider patches the guest OS.", "does not know that …" becomes "You may not know that …". A note written
 * another way is still shown, as what it is.
 */
export function misconceptionForLearner(note: string): string {
  const text = note.trim().replace(/[\s.]+$/, '');
  const match = OPENING_VERB.exec(text);
  if (!match) return `A common misunderstanding: ${text}.`;
  const [, verb = '', rest = ''] = match;
  if (verb.startsWith('does')) return `You may not ${rest}.`;
  if (verb === 'thinks') return `You may think that ${rest.replace(/^that\s+/, '')}.`;
  return `You may ${baseForm(verb)} ${rest}.`;
}

/** The learner's wording of each note, once each, in the order given (two notes can say the same thing). */
export function misconceptionsForLearner(notes: readonly string[]): string[] {
  return [...new Set(notes.map(misconceptionForLearner))];
}
