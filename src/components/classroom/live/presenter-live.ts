// The presenter's live-session controls, loaded only when the classroom server served the presenter view on the
// instructor's computer (live-hook.ts): Start live session, the join slide, "14 of 22 answered", lock and re-open,
// the class's answers on reveal, the class report and the end of the session. The deck itself is not changed: this
// module hears its changes and takes the first reveal of a question for the class's answers (DeckHandle.intercept).
import type { DeckAction, DeckState } from '~/lib/classroom/presenter-state';
import { formatJoinCode } from '~/lib/live/join-code.ts';
import { ServerMessageSchema, type JoinInfo, type Phase, type PresenterView, type ResultsView, type ScreenMessage } from '~/lib/live/schemas.ts';
import { resultsView } from '~/lib/live/tally.ts';
import { withBase } from '~/lib/urls';
import type { DeckHandle } from '../deck-client';
import { openLiveSocket, type SocketStatus } from './live-socket';
import { addLiveStyles, joinSlide, resultsSlide, shortAddress, showOverlay } from './overlays';
import { openScreenChannel } from './screen-channel';

/** Button and status texts of the live panel, in one place. */
const TEXT = {
  heading: 'Live session',
  intro: 'Learners answer on their own phones; the projector shows the class’s answers. Show of hands still works without it.',
  start: 'Start live session',
  connecting: 'Connecting to the classroom server…',
  connected: 'Connected to the classroom server.',
  lost: 'The classroom server cannot be reached. Retrying… Show of hands still works.',
  showJoin: 'Show join slide',
  hideJoin: 'Hide join slide',
  lock: 'Lock answers',
  reopen: 'Re-open answers',
  showResults: 'Show class answers',
  hideResults: 'Hide class answers',
  report: 'Download class report',
  end: 'End session',
  confirmEnd: 'Confirm: end for everyone',
  restart: 'Start a new live session',
  restarted: 'The classroom server was restarted. Reload this page to start a new live session.',
  noItem: 'No question on this slide: learners see “Waiting for the next question”.',
  ended: (joined: number) => `Session ended. ${joined === 1 ? '1 learner' : `${joined} learners`} took part.`,
  joinLine: (address: string, code: string, joined: number, connected: number) =>
    `Join at ${address} with code ${code}. ${joined} joined${connected !== joined ? `, ${connected} connected now` : ''}.`,
  progress: (answered: number, present: number, phase: Phase) =>
    `${answered} of ${present} answered${phase === 'open' ? '' : phase === 'locked' ? ' · answers locked' : phase === 'results' ? ' · class answers shown' : ' · answer revealed'}`,
  announce: {
    started: 'Live session started. The join slide is showing.',
    locked: 'Answers locked.',
    open: 'Answers open.',
    results: 'Class answers shown.',
    answer: 'Answer revealed.',
    ended: 'Live session ended.',
  },
};

function button(label: string, primary = false): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `button ${primary ? '' : 'button--secondary '}deck-button`;
  element.textContent = label;
  return element;
}

function paragraph(className: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  return element;
}

/** Starts the live controls in the presenter window, with the presenter key the server put in the page. */
export function startLive(deck: DeckHandle): void {
  // Only the instructor's own computer is handed the key; a presenter page opened elsewhere stays as it is.
  const key = document.querySelector<HTMLMetaElement>('meta[name="live-presenter-key"]')?.content;
  const panel = deck.root.querySelector<HTMLElement>('[data-live-panel]');
  const stage = deck.root.querySelector<HTMLElement>('[data-stage]');
  if (!panel || !stage || !key) return;
  addLiveStyles();

  let view: PresenterView | null = null;
  let status: SocketStatus = 'connecting';
  let joinShown = false;
  let problem = '';
  let confirmingEnd = 0;
  let synced = false;
  let authorised = false;
  let shownOverlay = '';

  const itemAt = (slide: number) => deck.slides[slide]?.dataset.liveItem ?? null;
  const live = () => view?.status === 'live';
  /** The server's phase of the item on the current slide, or null when the slide has none or the server is elsewhere. */
  const currentPhase = (): Phase | null => {
    const key = itemAt(deck.state().slide);
    return key && view?.current?.item.key === key ? view.current.phase : null;
  };

  // The panel, built once; render() only changes its texts and what is hidden.
  panel.hidden = false;
  panel.classList.add('live-panel');
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-labelledby', 'live-panel-heading');
  const heading = document.createElement('h2');
  heading.id = 'live-panel-heading';
  heading.className = 'presenter__label';
  heading.textContent = TEXT.heading;
  const connection = paragraph('live-panel__connection');
  const intro = paragraph('live-panel__intro');
  intro.textContent = TEXT.intro;
  const startButton = button(TEXT.start, true);
  const joinLine = paragraph('live-panel__join');
  const progress = paragraph('live-panel__progress');
  const problemLine = paragraph('live-panel__problem');
  const actions = document.createElement('div');
  actions.className = 'live-panel__actions';
  const joinButton = button(TEXT.showJoin);
  const lockButton = button(TEXT.lock);
  const resultsButton = button(TEXT.showResults);
  const reportLink = document.createElement('a');
  reportLink.className = 'button button--secondary deck-button';
  reportLink.href = withBase('/live/report/');
  reportLink.target = '_blank';
  reportLink.textContent = TEXT.report;
  const endButton = button(TEXT.end);
  actions.append(joinButton, lockButton, resultsButton, reportLink, endButton);
  const announcer = paragraph('visually-hidden');
  announcer.setAttribute('role', 'status');
  panel.append(heading, connection, intro, startButton, joinLine, progress, actions, problemLine, announcer);

  const say = (text: string) => {
    announcer.textContent = text;
  };

  const joinInfo = (): JoinInfo | null => (view ? { url: view.joinUrl, code: view.code, joined: view.joined } : null);

  /** The class's answers to show over the current slide, or null. */
  const results = (): ResultsView | null => {
    const current = view?.current;
    if (!current || current.phase !== 'results' || currentPhase() !== 'results') return null;
    return resultsView(current.item, current.tally, current.present);
  };

  const screen = (): Extract<ScreenMessage, { type: 'live-screen' }> => ({
    type: 'live-screen',
    deck: deck.deck,
    live: live() && status === 'open',
    join: live() && joinShown ? joinInfo() : null,
    results: live() && !joinShown ? results() : null,
  });

  const postScreen = openScreenChannel(deck.deck, (message) => {
    if (message.type === 'live-hello') postScreen(screen());
    else if (message.type === 'live-command') deck.dispatch({ type: message.command });
  });

  const renderStage = () => {
    const message = screen();
    const signature = JSON.stringify([message.live, message.join, message.results]);
    if (signature !== shownOverlay) {
      shownOverlay = signature;
      showOverlay(stage, message.join ? joinSlide(message.join) : message.results ? resultsSlide(message.results) : null);
      postScreen(message);
    }
  };

  const render = () => {
    connection.textContent = status === 'open' ? TEXT.connected : status === 'lost' ? TEXT.lost : TEXT.connecting;
    connection.dataset.state = status;
    const running = live();
    const ended = view?.status === 'ended';
    intro.hidden = running;
    startButton.hidden = running || !view;
    startButton.textContent = ended ? TEXT.restart : TEXT.start;
    startButton.disabled = status !== 'open';
    joinLine.hidden = !running || !view;
    if (view) {
      joinLine.textContent = ended
        ? TEXT.ended(view.joined)
        : TEXT.joinLine(shortAddress(view.joinUrl), formatJoinCode(view.code), view.joined, view.connected);
      if (ended) joinLine.hidden = false;
    }
    const phase = currentPhase();
    progress.hidden = !running;
    progress.textContent = phase && view?.current ? TEXT.progress(view.current.tally.answered, view.current.present, phase) : TEXT.noItem;
    progress.toggleAttribute('data-count', !!phase);
    actions.hidden = !running && !ended;
    for (const control of [joinButton, lockButton, resultsButton, endButton]) control.hidden = !running;
    joinButton.textContent = joinShown ? TEXT.hideJoin : TEXT.showJoin;
    joinButton.setAttribute('aria-pressed', String(joinShown));
    lockButton.disabled = !phase || status !== 'open';
    lockButton.textContent = phase && phase !== 'open' ? TEXT.reopen : TEXT.lock;
    resultsButton.disabled = !phase || phase === 'answer' || status !== 'open';
    resultsButton.textContent = phase === 'results' ? TEXT.hideResults : TEXT.showResults;
    endButton.textContent = confirmingEnd ? TEXT.confirmEnd : TEXT.end;
    problemLine.textContent = problem;
    problemLine.hidden = !problem;
    renderStage();
  };

  const socket = openLiveSocket({
    onOpen: (send) => {
      synced = false;
      authorised = false;
      send({ type: 'presenter-hello', key });
    },
    onMessage: (text) => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return;
      }
      const parsed = ServerMessageSchema.safeParse(data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'error') {
        // A wrong key after reconnecting means the server was restarted: its new key is in a freshly loaded page.
        problem = message.code === 'not-allowed' && !authorised ? TEXT.restarted : message.message;
      }
      if (message.type === 'presenter') {
        const before = view;
        view = message.view;
        authorised = true;
        problem = '';
        // After a reload or a lost connection, the server learns which slide is on show again.
        if (!synced && live()) {
          synced = true;
          showCurrent();
          if (view.current?.phase === 'answer' && (deck.state().reveals[deck.state().slide] ?? 0) === 0 && currentPhase() === 'answer') {
            deck.dispatch({ type: 'reveal' });
          }
        }
        if (before && before.status !== view.status) say(view.status === 'live' ? TEXT.announce.started : TEXT.announce.ended);
        const phase = currentPhase();
        if (before?.current && phase && before.current.item.key === view.current?.item.key && before.current.phase !== phase) say(TEXT.announce[phase]);
      }
      render();
    },
    onStatus: (next) => {
      status = next;
      render();
    },
  });

  const send = (message: object) => socket.send(message);
  const showCurrent = () => send({ type: 'show', item: itemAt(deck.state().slide) });
  const setPhase = (phase: Phase) => {
    const key = itemAt(deck.state().slide);
    if (key && currentPhase()) send({ type: 'phase', item: key, phase });
  };

  deck.intercept((action: DeckAction, state: DeckState) => {
    // Without the server the deck is the show-of-hands deck it always was: every key and button works as before.
    if (!live() || status !== 'open') return false;
    if (joinShown && (action.type === 'next' || action.type === 'previous')) {
      // From the join slide, the first press goes back to the slide on show.
      joinShown = false;
      render();
      return true;
    }
    const phase = currentPhase();
    const step = state.reveals[state.slide] ?? 0;
    if (!phase || step > 0) return false;
    if (action.type === 'reveal' && (phase === 'open' || phase === 'locked')) {
      setPhase('results');
      return true;
    }
    if (action.type === 'conceal' && phase === 'results') {
      setPhase('locked');
      return true;
    }
    return false;
  });

  deck.onChange((state, before) => {
    if (!live()) return;
    if (state.slide !== before.slide) {
      joinShown = false;
      showCurrent();
    } else {
      // Revealing the right answer on the slide reveals it on learners' devices too; hiding it again goes back to
      // the class's answers.
      const step = state.reveals[state.slide] ?? 0;
      const phase = currentPhase();
      if (phase && step > 0 && phase !== 'answer') setPhase('answer');
      else if (phase === 'answer' && step === 0) setPhase('results');
    }
    render();
  });

  startButton.addEventListener('click', () => {
    joinShown = true;
    send({ type: 'start', deck: deck.deck });
    synced = false;
  });
  joinButton.addEventListener('click', () => {
    joinShown = !joinShown;
    render();
  });
  lockButton.addEventListener('click', () => {
    const phase = currentPhase();
    if (!phase) return;
    if (phase === 'open') setPhase('locked');
    else {
      // Re-opening takes the answer off the slide too, so the room sees the question as it was.
      deck.dispatch({ type: 'reset-reveal' });
      setPhase('open');
    }
  });
  resultsButton.addEventListener('click', () => {
    const phase = currentPhase();
    if (phase === 'results') setPhase('locked');
    else if (phase === 'open' || phase === 'locked') setPhase('results');
  });
  endButton.addEventListener('click', () => {
    if (!confirmingEnd) {
      confirmingEnd = window.setTimeout(() => {
        confirmingEnd = 0;
        render();
      }, 5000);
      render();
      return;
    }
    clearTimeout(confirmingEnd);
    confirmingEnd = 0;
    joinShown = false;
    send({ type: 'end' });
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]')) return;
    // J shows or hides the join slide.
    if ((event.key === 'j' || event.key === 'J') && live()) {
      event.preventDefault();
      joinShown = !joinShown;
      render();
    }
  });

  // A projector left open after this window closes goes back to plain slides, its keys its own again.
  window.addEventListener('pagehide', () => postScreen({ type: 'live-screen', deck: deck.deck, live: false, join: null, results: null }));
  render();
}
