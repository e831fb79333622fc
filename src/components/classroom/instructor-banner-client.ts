// Instructor mode in the browser: shows the banner, switches the mode off, and on a lesson page brings in the
// lesson's notes from its build-time notes page (/instructors/notes/<lesson>/), placing each at the end of its section.
import { $instructorMode, setInstructorMode } from '~/stores/instructor-mode';

const INLINE_NOTE = 'data-instructor-note-inline';

/** The element before which a note for `sectionId` goes: the next `h2` after the section's heading, or the end. */
function anchorFor(body: HTMLElement, sectionId: string): { parent: Element; before: Element | null } {
  if (!sectionId) return { parent: body, before: body.firstElementChild };
  const heading = body.querySelector(`h2[id="${CSS.escape(sectionId)}"]`);
  if (!heading?.parentElement) return { parent: body, before: null };
  let next = heading.nextElementSibling;
  while (next && next.tagName !== 'H2') next = next.nextElementSibling;
  return { parent: heading.parentElement, before: next };
}

async function showLessonNotes(banner: HTMLElement, article: HTMLElement): Promise<void> {
  if (article.querySelector(`[${INLINE_NOTE}]`)) return;
  const lessonId = article.dataset.lesson!;
  const body = article.querySelector<HTMLElement>('.lesson__body') ?? article;
  const detail = banner.querySelector<HTMLElement>('[data-banner-detail]')!;
  try {
    const response = await fetch(`${banner.dataset.notesBase}${lessonId}/`);
    if (!response.ok) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const sections = page.querySelectorAll<HTMLElement>('[data-lesson-notes] [data-note-section]');
    // The mode may have been switched off while the notes were loading.
    if (!$instructorMode.get() || article.querySelector(`[${INLINE_NOTE}]`)) return;
    for (const section of sections) {
      const aside = document.createElement('aside');
      aside.className = 'instructor-note-inline';
      aside.setAttribute(INLINE_NOTE, '');
      aside.setAttribute('aria-label', 'Instructor note');
      const label = document.createElement('p');
      label.className = 'instructor-note-inline__label';
      label.textContent = 'Instructor note';
      aside.append(label);
      for (const note of section.querySelectorAll('[data-instructor-note]')) {
        aside.append(...[...note.childNodes].map((node) => document.importNode(node, true)));
      }
      const { parent, before } = anchorFor(body, section.dataset.noteSection ?? '');
      parent.insertBefore(aside, before);
    }
    detail.textContent =
      sections.length > 0
        ? `This lesson shows ${sections.length === 1 ? 'its instructor note' : `its ${sections.length} instructor notes`}.`
        : 'This lesson has no instructor notes.';
  } catch {
    detail.textContent = 'The instructor notes for this lesson could not be loaded.';
  }
}

function hideLessonNotes(article: HTMLElement): void {
  for (const note of article.querySelectorAll(`[${INLINE_NOTE}]`)) note.remove();
}

/** Keeps the banner, the lesson's notes and the "Present this lesson" link in step with instructor mode. */
export function startInstructorBanner(banner: HTMLElement): void {
  const article = document.querySelector<HTMLElement>('article[data-lesson]');
  const present = banner.querySelector<HTMLAnchorElement>('[data-present-link]')!;
  if (article) {
    present.href = `${banner.dataset.presentBase}${article.dataset.lesson}/`;
    present.hidden = false;
  }
  banner.querySelector('[data-instructor-off]')!.addEventListener('click', () => {
    setInstructorMode(false);
    // The banner disappears with the button; keep focus on the page instead of losing it to <body>.
    document.getElementById('main')?.focus();
  });
  $instructorMode.subscribe((on) => {
    banner.hidden = !on;
    document.documentElement.toggleAttribute('data-instructor-mode', on);
    if (!article) return;
    if (on) void showLessonNotes(banner, article);
    else hideLessonNotes(article);
  });
}
