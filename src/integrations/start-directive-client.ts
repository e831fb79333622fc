import type { ClientDirective } from 'astro';

/**
 * Hydrates the island when the `[data-start]` button inside its gate (the element whose id is the directive's value)
 * is pressed; then marks the gate started, which shows the island, and moves focus to the island's first control.
 * Without a gate it hydrates at once, so a mistake never leaves an island dead.
 */
const startDirective: ClientDirective = (load, options, el) => {
  const gate = typeof options.value === 'string' ? document.getElementById(options.value) : null;
  const start = gate?.querySelector<HTMLButtonElement>('[data-start]');
  const hydrateNow = async () => {
    const hydrate = await load();
    await hydrate();
  };
  if (!gate || !start) {
    void hydrateNow();
    return;
  }
  start.addEventListener(
    'click',
    async () => {
      start.setAttribute('aria-busy', 'true');
      await hydrateNow();
      gate.dataset.started = '';
      // The first control, rather than a scrollable region that only holds the controls.
      (el.querySelector<HTMLElement>('button:not([disabled]), input, select') ?? el.querySelector<HTMLElement>('[tabindex="0"]'))?.focus();
    },
    { once: true },
  );
};

export default startDirective;
