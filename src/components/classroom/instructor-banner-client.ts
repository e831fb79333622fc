// Instructor mode in the browser: shows the banner, runs every switch on the page (the banner's "off" button and the
// For instructors page's toggle), and on a lesson page brings in the lesson's notes from its build-time notes page (/instructors/notes/<lesson>/). That page renders each note as the
// finished <aside>, so this script only places it at the end of its section. It runs on every page: keep it small.
import { instructorModeOn, onInstructorModeChange, setInstructorMode } from '~/stores/instructor-mode';

const PLACED = '[data-note-section]';

/** Where a note for a section goes (section ids are heading slugs, safe inside a quoted selector): before the next `h2` after the section's heading (or at the start for the intro). */
function place(body: Element, note: Element): void {
  const id = note.getAttribute('data-note-section');
  const heading = id ? body.querySelector(`h2[id="${id}"]`) : null;
  if (!heading) return void (id ? body.append(note) : body.prepend(note));
  let next = heading.nextElementSibling;
  while (next && next.tagName !== 'H2') next = next.nextElementSibling;
  heading.parentElement!.insertBefore(note, next);
}

async function showNotes(banner: HTMLElement, article: HTMLElement): Promise<void> {
  try {
    const response = await fetch(`${banner.dataset.notesBase}${article.dataset.lesson}/`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    // The mode may have been switched off, or the notes placed, while this was loading.
    if (!instructorModeOn() || article.querySelector(PLACED)) return;
    const body = article.querySelector('.lesson__body') ?? article;
    for (const note of page.querySelectorAll(`[data-lesson-notes] ${PLACED}`)) place(body, document.importNode(note, true));
  } catch {
    banner.querySelector('[data-banner-detail]')!.textContent = 'The notes did not load.';
  }
}

/** Keeps the banner, the switches, the lesson's notes and the "Present this lesson" link in step with instructor mode. */
export function startInstructorBanner(banner: HTMLElement): void {
  const article = document.querySelector<HTMLElement>('article[data-lesson]');
  const present = banner.querySelector<HTMLAnchorElement>('[data-present-link]')!;
  if (article) {
    present.href = `${banner.dataset.presentBase}${article.dataset.lesson}/`;
    present.hidden = false;
  }
  banner.querySelector('button')!.addEventListener('click', () => {
    setInstructorMode(false);
    // The banner disappears with the button; keep focus on the page instead of losing it to <body>.
    document.getElementById('main')?.focus();
  });
  // The For instructors page's switch: a toggle button with aria-pressed and a status line that announces changes.
  const toggle = document.querySelector<HTMLButtonElement>('[data-mode-toggle]');
  const control = toggle?.closest<HTMLElement>('[data-mode-control]');
  if (control) control.hidden = false;
  toggle?.addEventListener('click', () => {
    const on = !instructorModeOn();
    setInstructorMode(on);
    control!.querySelector('[data-mode-status]')!.textContent = `Instructor mode is ${on ? 'on' : 'off'}.`;
  });
  onInstructorModeChange((on) => {
    banner.hidden = !on;
    if (control) {
      toggle!.setAttribute('aria-pressed', String(on));
      control.querySelector('[data-mode-state]')!.textContent = on ? 'On' : 'Off';
    }
    if (!article) return;
    if (on) void showNotes(banner, article);
    else for (const note of article.querySelectorAll(PLACED)) note.remove();
  });
}
