// Browser side of the presenter's session clock: one clock for the whole class, carried from lesson to lesson (and
// through a reload) in sessionStorage, with an optional target and a reset that asks first.
import { formatElapsed } from '~/lib/classroom/presenter-state';
import { elapsedMs, parseTargetMinutes, resetTimer, startedTimer, targetStatus, toggleTimer, withTarget, type TimerState } from '~/lib/classroom/session-timer';
import { loadPresenterTimer, savePresenterTimer } from '~/stores/presenter-timer';

/** Starts the clock shown in a presenter's bar (LessonDeck.astro), or carries on with the one this tab already runs. */
export function startSessionTimer(root: HTMLElement, deck: string): void {
  const display = root.querySelector<HTMLElement>('[data-timer]');
  const status = root.querySelector<HTMLElement>('[data-target-status]');
  const target = root.querySelector<HTMLInputElement>('[data-timer-target]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer-toggle]');
  const reset = root.querySelector<HTMLButtonElement>('[data-timer-reset]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-reset-dialog]');
  const error = root.querySelector<HTMLElement>('[data-target-error]');
  if (!display || !status || !target || !toggle || !reset || !dialog || !error) return;
  let timer = loadPresenterTimer(deck) ?? startedTimer(Date.now());

  const show = () => {
    const now = Date.now();
    display.textContent = formatElapsed(elapsedMs(timer, now));
    toggle.textContent = timer.startedAt === null ? 'Resume timer' : 'Pause timer';
    const against = targetStatus(timer, now);
    status.textContent = against ? `${formatElapsed(against.leftMs)} ${against.over ? 'over' : 'left'}` : '';
    status.toggleAttribute('data-over', against?.over ?? false);
  };
  const update = (next: TimerState) => {
    timer = next;
    savePresenterTimer(timer);
    show();
  };

  target.value = timer.targetMs === null ? '' : String(timer.targetMs / 60_000);
  const readTarget = () => {
    const minutes = parseTargetMinutes(target.value);
    target.setAttribute('aria-invalid', String(minutes === 'invalid'));
    error.hidden = minutes !== 'invalid';
    if (minutes !== 'invalid') update(withTarget(timer, minutes));
    return minutes !== 'invalid';
  };
  target.addEventListener('change', readTarget);
  // Enter sets the target and hands the keys back to the slides; a value that is not one stays to be corrected.
  target.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && readTarget()) target.blur();
  });

  toggle.addEventListener('click', () => update(toggleTimer(timer, Date.now())));
  // Resetting loses the time counted so far, so it asks first; "Keep counting" is the default answer.
  reset.addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'reset') update(resetTimer(timer, Date.now()));
    dialog.returnValue = '';
    reset.focus();
  });

  setInterval(show, 1000);
  update(timer);
}
