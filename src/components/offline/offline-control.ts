// The "Keep this course on this device" control, once its code has loaded (OfflineControl.astro loads it when the
// learner presses the button, or at once on a page the offline copy serves). It turns presses into store calls and
// renders the states of src/lib/offline/offline-copy.ts.
import {
  OFFLINE_TEXT,
  capabilityProblem,
  describeOfflineState,
  offlineAction,
  problemFromError,
  readOfflineFacts,
  type OfflineCopyFacts,
  type OfflineState,
} from '~/lib/offline/offline-copy';
import {
  OfflineCopyWorker,
  askToKeepStorage,
  hasOfflineCopy,
  isKeptOffline,
  offlineCapabilities,
  removeOfflineCopy,
  tryStoring,
} from '~/stores/offline-copy';

/** How often the progress bar reads how many files are saved. */
const PROGRESS_INTERVAL_MS = 250;

interface ControlParts {
  root: HTMLElement;
  heading: HTMLElement;
  intro: HTMLElement;
  message: HTMLElement;
  progress: HTMLElement;
  bar: HTMLProgressElement;
  count: HTMLElement;
  button: HTMLButtonElement;
}

function findParts(root: HTMLElement): ControlParts {
  const part = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    root,
    heading: part('h2'),
    intro: part('[data-offline-intro]'),
    message: part('[data-offline-message]'),
    progress: part('[data-offline-progress]'),
    bar: part<HTMLProgressElement>('progress'),
    count: part('[data-offline-count]'),
    button: part<HTMLButtonElement>('[data-offline-action]'),
  };
}

function render(parts: ControlParts, state: OfflineState, facts: OfflineCopyFacts): void {
  const action = offlineAction(state);
  const buttonHadFocus = document.activeElement === parts.button;
  parts.root.dataset.state = state.kind;
  parts.intro.hidden = state.kind === 'saved' || state.kind === 'update-ready';
  parts.progress.hidden = state.kind !== 'saving';
  if (state.kind === 'saving') {
    parts.bar.max = Math.max(state.total, 1);
    parts.bar.value = Math.min(state.saved, parts.bar.max);
    parts.count.textContent = OFFLINE_TEXT.progressCount(state.saved, state.total);
  }
  const message = describeOfflineState(state, facts);
  if (parts.message.textContent !== message) parts.message.textContent = message;
  // While saving the button stays (so focus does not drop to the page) but does nothing.
  parts.button.hidden = action === null && state.kind !== 'saving';
  parts.button.setAttribute('aria-disabled', String(state.kind === 'saving'));
  const changed = parts.button.dataset.offlineAction !== (action?.action ?? 'none');
  if (action) {
    parts.button.textContent = action.label;
    parts.button.dataset.offlineAction = action.action;
  }
  // A press must not land on a button whose meaning just changed (Keep becoming Remove): focus moves to the heading,
  // and the status line announces the outcome.
  if (buttonHadFocus && (changed || parts.button.hidden) && state.kind !== 'saving') parts.heading.focus();
}

/** Starts the control in `root` (the element OfflineControl.astro renders). */
export function startOfflineControl(root: HTMLElement): void {
  const parts = findParts(root);
  const data = root.dataset;
  const facts = readOfflineFacts(data, root.querySelector('[data-offline-size]')?.textContent ?? '');
  const scope = data.offlineScope ?? '/';
  let state: OfflineState = { kind: 'idle' };
  const show = (next: OfflineState) => {
    state = next;
    render(parts, state, facts);
  };
  const worker = () => new OfflineCopyWorker(data.offlineWorker ?? 'sw.js', scope, { onUpdateReady: () => show({ kind: 'update-ready' }) });
  let current: OfflineCopyWorker | undefined;

  const keep = async () => {
    const problem = capabilityProblem(offlineCapabilities());
    if (problem) return show({ kind: 'failed', problem });
    // Nothing is registered unless the browser takes a write the size of the copy.
    const refusal = await tryStoring(facts.bytes, scope);
    if (refusal) return show({ kind: 'failed', problem: problemFromError(refusal, false) });
    // A failed attempt removes what it saved, but never a copy that was already there.
    const hadCopy = await hasOfflineCopy(scope);
    show({ kind: 'saving', saved: 0, total: facts.files });
    current = worker();
    const copy = current;
    const timer = setInterval(async () => {
      if (state.kind !== 'saving') return;
      const saved = await copy.savedFiles().catch(() => 0);
      if (state.kind === 'saving') show({ kind: 'saving', saved, total: facts.files });
    }, PROGRESS_INTERVAL_MS);
    try {
      void askToKeepStorage();
      const registration = await copy.register();
      await copy.installed(registration);
      show(registration.waiting ? { kind: 'update-ready' } : { kind: 'saved', version: facts.version });
    } catch (error) {
      // Nothing half-saved stays behind: the worker and any files it stored go.
      if (!hadCopy) await removeOfflineCopy(scope).catch(() => undefined);
      show({ kind: 'failed', problem: problemFromError(error, (await tryStoring(facts.bytes, scope)) === null) });
    } finally {
      clearInterval(timer);
    }
  };

  // Opening a page the copy serves: register again, which makes the browser look for a newer version of the course.
  const resume = async () => {
    show({ kind: 'saved', version: facts.version });
    current = worker();
    try {
      const registration = await current.register();
      if (registration.waiting) show({ kind: 'update-ready' });
    } catch {
      // Offline, or the server is unreachable: the copy keeps serving this version.
    }
  };

  const remove = async () => {
    await removeOfflineCopy(scope);
    current = undefined;
    show({ kind: 'removed' });
  };

  parts.button.addEventListener('click', () => {
    const action = parts.button.dataset.offlineAction;
    if (state.kind === 'saving') return;
    if (action === 'remove') void remove();
    else if (action === 'reload') current?.reloadIntoUpdate();
    else void keep();
  });

  // This code loads either because the page is served by the copy, or because the learner pressed Keep.
  if (isKeptOffline()) void resume();
  else void keep();
}
