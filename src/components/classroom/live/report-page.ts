// The class report page: asks the classroom server for the report (as the presenter, with the key the server put in
// the page on the instructor's computer), shows it as tables, and saves it as CSV or prints it. Names only on request.
import { formatJoinCode } from '~/lib/live/join-code.ts';
import { reportCsv, sessionMinutes } from '~/lib/live/report.ts';
import { ServerMessageSchema, type ClassReport } from '~/lib/live/schemas.ts';
import { openLiveSocket, servedLive } from './live-socket';

/** A time as the instructor reads it, in this computer's time zone: 2026-11-20 14:05. */
export function formatTime(ms: number): string {
  const date = new Date(ms);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function cell(tag: 'td' | 'th', text: string | number, scope?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = String(text);
  if (scope) element.scope = scope;
  return element;
}

function table(caption: string, headings: string[], rows: (string | number)[][]): HTMLElement {
  // A wide table scrolls on its own; as a scrollable region it can take focus and is named by its caption.
  const wrap = document.createElement('div');
  wrap.className = 'live-report__table';
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  wrap.tabIndex = 0;
  const element = document.createElement('table');
  const captionElement = document.createElement('caption');
  captionElement.textContent = caption;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(...headings.map((heading) => cell('th', heading, 'col')));
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.append(cell('th', row[0]!, 'row'), ...row.slice(1).map((value) => cell('td', value)));
    body.append(tr);
  }
  element.append(captionElement, head, body);
  wrap.append(element);
  return wrap;
}

function section(title: string, ...content: (HTMLElement | string)[]): HTMLElement {
  const element = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = title;
  element.append(heading, ...content.map((part) => (typeof part === 'string' ? Object.assign(document.createElement('p'), { textContent: part }) : part)));
  return element;
}

const wrongText = (wrong: ClassReport['questions'][number]['mostChosenWrong']) => (wrong ? `${wrong.answer} (${wrong.count})` : '—');

/** The report as the page shows it. */
export function renderReport(report: ClassReport, includeNames: boolean): HTMLElement[] {
  const summary = document.createElement('dl');
  summary.className = 'live-report__summary';
  const facts: [string, string][] = [
    ['Session code', formatJoinCode(report.code)],
    ['Started', report.startedAt === null ? 'Not started' : formatTime(report.startedAt)],
    ['Ended', report.endedAt === null ? 'Still running' : formatTime(report.endedAt)],
    ['Duration', `${sessionMinutes(report)} min`],
    ['Participants', String(report.participants)],
  ];
  for (const [term, value] of facts) {
    summary.append(Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value }));
  }
  const parts: HTMLElement[] = [summary];
  parts.push(
    report.questions.length === 0
      ? section('Questions', 'No question was shown in this session.')
      : section(
          'Questions',
          table(
            'Each question shown, with the share of the class that answered it correctly and the most chosen wrong answer',
            ['Question', 'Correct answer', 'Answered', 'Share correct', 'Most chosen wrong answer (learners)', 'Misconception it reveals'],
            report.questions.map((row) => [
              `${row.title}: ${row.prompt}`,
              row.correctAnswer,
              row.answered,
              `${row.percentCorrect}%`,
              wrongText(row.mostChosenWrong),
              row.mostChosenWrong?.misconception ?? '—',
            ]),
          ),
        ),
  );
  parts.push(
    report.cards.length === 0
      ? section('Exercise cards', 'No exercise was shown in this session.')
      : section(
          'Exercise cards',
          table(
            'Each card of the exercises shown, with the share of the class that placed it correctly and the most chosen wrong zone',
            ['Card', 'Exercise', 'Belongs with', 'Took part', 'Share correct', 'Most chosen wrong zone (learners)', 'Misconception it reveals'],
            report.cards.map((row) => [
              row.card,
              row.exercise,
              row.correctAnswer,
              row.answered,
              `${row.percentCorrect}%`,
              wrongText(row.mostChosenWrong),
              row.mostChosenWrong?.misconception ?? '—',
            ]),
          ),
        ),
  );
  if (includeNames) {
    parts.push(
      section(
        'Learners',
        table(
          'Each learner, by the name they gave',
          ['Learner', 'Questions answered', 'Questions right', 'Cards placed', 'Cards right'],
          report.learners.map((row) => [row.name || '(no name given)', row.questionsAnswered, row.questionsRight, row.cardsPlaced, row.cardsRight]),
        ),
      ),
    );
  }
  return parts;
}

/** Wires the report page. */
export function startReportPage(root: HTMLElement): void {
  const key = document.querySelector<HTMLMetaElement>('meta[name="live-presenter-key"]')?.content;
  if (!servedLive() || !key) return;
  const status = root.querySelector<HTMLElement>('[data-report-status]')!;
  const controls = root.querySelector<HTMLElement>('[data-report-controls]')!;
  const body = root.querySelector<HTMLElement>('[data-report-body]')!;
  const names = root.querySelector<HTMLInputElement>('[data-report-names]')!;
  let report: ClassReport | null = null;

  const show = () => {
    if (!report) return;
    body.replaceChildren(...renderReport(report, names.checked));
  };

  status.textContent = 'Getting the report from the classroom server…';
  // Served live, the page is the report; the links for a visitor of the static site go.
  root.querySelector('[data-report-links]')?.remove();
  const socket = openLiveSocket({
    onOpen: (send) => {
      send({ type: 'presenter-hello', key });
      send({ type: 'report' });
    },
    onMessage: (text) => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return;
      }
      const parsed = ServerMessageSchema.safeParse(data);
      if (!parsed.success || parsed.data.type !== 'report') return;
      report = parsed.data.report;
      status.textContent = `Report made at ${formatTime(report.generatedAt)}.`;
      controls.hidden = false;
      show();
    },
    onStatus: (next) => {
      if (next === 'lost') status.textContent = 'The classroom server cannot be reached. Retrying…';
    },
  });

  names.addEventListener('change', show);
  root.querySelector('[data-report-refresh]')!.addEventListener('click', () => socket.send({ type: 'report' }));
  root.querySelector('[data-report-print]')!.addEventListener('click', () => window.print());
  root.querySelector('[data-report-csv]')!.addEventListener('click', () => {
    if (!report) return;
    const csv = reportCsv(report, { includeNames: names.checked, formatTime });
    // A byte order mark, so that spreadsheet programs read the text as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `class-report-${report.code}-${formatTime(report.generatedAt).slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}
