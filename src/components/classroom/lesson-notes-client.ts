// In instructor mode a lesson page shows its instructor notes in place. Learner pages never hold them (nor does the
// search index): the notes are read from the lesson's notes page, which is built from the same MDX, only when needed.

/** Fetches the notes page at `notesUrl` and puts each note under the heading of the section it belongs to. */
export async function showInstructorNotes(article: HTMLElement, notesUrl: string): Promise<void> {
  let page: Document;
  try {
    const response = await fetch(notesUrl);
    if (!response.ok) return;
    page = new DOMParser().parseFromString(await response.text(), 'text/html');
  } catch {
    return; // Offline: the banner still links to the notes page.
  }
  const body = article.querySelector('.lesson__body');
  for (const note of page.querySelectorAll<HTMLElement>('[data-note-section]')) {
    const section = note.dataset.noteSection;
    const heading = section ? article.querySelector(`[id="${CSS.escape(section)}"]`) : null;
    if (heading) heading.after(note);
    else if (!section) body?.prepend(note);
  }
}
