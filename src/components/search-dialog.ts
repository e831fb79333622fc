// The search dialog's code: loads Pagefind's UI (its script, styles and index) the first time the learner opens
// search, then puts focus in its input. SearchDialog.astro's small script opens the dialog and loads this module on
// that first press, so no page pays for it until search is used.

/** The event SearchDialog.astro's script sends the dialog each time it opens it, once this module has loaded. */
export const SEARCH_OPENED = 'search-opened';

/** Runs search in `dialog`: now if it is already open (the press that loaded this module), then at every opening. */
export function startSearch(dialog: HTMLDialogElement): void {
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  // Absolute, because Pagefind imports its files relative to its own script and derives result URLs from it: the LMS
  // build writes this path relative to the page.
  const bundlePath = new URL(dialog.dataset.bundlePath!, document.baseURI).pathname;
  let loading: Promise<unknown> | undefined;

  // Pagefind ships classic scripts; appending elements keeps them out of the page until search is opened.
  const loadAsset = (properties: Partial<HTMLScriptElement & HTMLLinkElement>, tag = properties.src ? 'script' : 'link') =>
    new Promise((onload, onerror) => document.head.append(Object.assign(document.createElement(tag), properties, { onload, onerror })));

  const openSearch = async () => {
    try {
      await (loading ??= Promise.all([
        loadAsset({ rel: 'stylesheet', href: `${bundlePath}pagefind-ui.css` }),
        loadAsset({ src: `${bundlePath}pagefind-ui.js` }),
      ]).then(() => {
        const { PagefindUI } = window as unknown as { PagefindUI: new (options: object) => unknown };
        new PagefindUI({ element: '#search-ui', bundlePath, showImages: false, showSubResults: true, autofocus: true });
      }));
      status.textContent = '';
      const input = dialog.querySelector<HTMLInputElement>('input:not([data-search-early])');
      if (!input) return;
      // What the learner typed in the dialog's own box while search was loading moves to Pagefind's box, in the same
      // task (no key can fall between them), and Pagefind searches for it as if it had been typed there.
      const early = dialog.querySelector<HTMLInputElement>('[data-search-early]');
      if (early) {
        input.value = early.value;
        early.remove();
        if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      input.focus();
    } catch {
      loading = undefined;
      status.textContent = 'Search could not load. Check your connection and try again.';
    }
  };

  dialog.addEventListener('click', (event) => {
    // A click on the backdrop closes; so does a result, which may be a place on this page (a glossary entry from the
    // glossary) that the browser only scrolls to, behind a dialog that would otherwise stay open.
    if (event.target === dialog || (event.target as Element).closest('a[href]')) dialog.close();
  });
  dialog.addEventListener(SEARCH_OPENED, openSearch);
  if (dialog.open) openSearch();
}
