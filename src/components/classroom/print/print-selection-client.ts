// Browser side of a worksheet or answer key: shows only the lessons chosen in the page's address, says what the
// printout covers, ticks the same boxes in its form and points the link to the other printout at the same choice.
import { describeSelection, parsePrintSelection, selectionQuery, type PrintoutKind } from '~/lib/classroom/print-selection';

/** Applies the address's choice to a printout root (`data-printout`, `data-lessons` as a JSON list of ids). */
export function applyPrintSelection(printout: HTMLElement): void {
  const kind = printout.dataset.printout as PrintoutKind;
  const lessonIds: string[] = JSON.parse(printout.dataset.lessons ?? '[]');
  const asked = parsePrintSelection(location.search, kind, lessonIds);
  // A printout without the final assessment (an LMS package's answer key) never claims to cover it.
  const hasAssessment = printout.querySelector('[data-print-assessment]') !== null;
  const selection = hasAssessment ? asked : { ...asked, assessment: false };
  const chosen = new Set(selection.lessons);

  let shown = 0;
  for (const section of printout.querySelectorAll<HTMLElement>('[data-print-lesson], [data-print-assessment]')) {
    const lesson = section.dataset.printLesson;
    section.hidden = lesson === undefined ? !selection.assessment : !chosen.has(lesson);
    if (!section.hidden) shown += 1;
  }
  const empty = printout.querySelector<HTMLElement>('[data-print-empty]');
  if (empty) empty.hidden = shown > 0;

  const scope = describeSelection(selection, lessonIds);
  for (const element of printout.querySelectorAll<HTMLElement>('[data-print-scope]')) element.textContent = scope;
  for (const box of printout.querySelectorAll<HTMLInputElement>('[data-print-chooser] input[type="checkbox"]')) {
    box.checked = box.name === 'assessment' ? selection.assessment : chosen.has(box.value);
  }
  // The other printout for the same choice: the answer key for this worksheet, or the other way round.
  for (const link of printout.querySelectorAll<HTMLAnchorElement>('[data-print-counterpart]')) {
    link.search = selectionQuery(selection);
  }
}
