// What a live session shows over the slide, in the presenter's current-slide pane and on the projector alike: the
// join slide (address, QR code, code, how many joined) and the class's answers as bars with their numbers in words.
import { encode } from 'uqr';
import stylesUrl from './live.css?url';
import { formatJoinCode } from '~/lib/live/join-code.ts';
import type { JoinInfo, ResultsView } from '~/lib/live/schemas.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Adds the live session's style sheet to the page once. The live modules are built as entries of their own
 * (src/integrations/live-modules.ts), which Astro gives no <link>; a linked file keeps to the site's style-src 'self'.
 */
export function addLiveStyles(): void {
  if (document.querySelector('link[data-live-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesUrl;
  link.dataset.liveStyles = '';
  document.head.append(link);
}

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The address as learners type it: no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The join address with the code in its fragment, so that scanning the QR code fills the code in. */
export function joinLink(join: JoinInfo): string {
  return `${join.url}#code=${join.code}`;
}

/** A QR code as an SVG image of dark squares on a white ground (what scanners read best, in either theme). */
export function qrCodeSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const ground = document.createElementNS(SVG, 'rect');
  ground.setAttribute('width', String(size));
  ground.setAttribute('height', String(size));
  ground.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x} ${y}h1v1h-1z` : '')));
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(ground, modules);
  return svg;
}

/** The address in large type; a long one may wrap only before its path, never inside a number. */
function address(text: string): HTMLElement {
  const element = el('p', 'live-join-slide__address');
  const slash = text.indexOf('/');
  if (slash < 0) element.textContent = text;
  else element.append(text.slice(0, slash), document.createElement('wbr'), text.slice(slash));
  return element;
}

/** The join slide, covering the stage. */
export function joinSlide(join: JoinInfo): HTMLElement {
  const slide = el('section', 'live-overlay live-join-slide');
  slide.setAttribute('aria-labelledby', 'live-join-heading');
  const heading = el('h2', 'live-join-slide__heading', 'Join the live session');
  heading.id = 'live-join-heading';
  const qr = el('div', 'live-join-slide__qr');
  qr.append(qrCodeSvg(joinLink(join), `QR code that opens ${shortAddress(join.url)} with the code filled in`));
  const details = el('div', 'live-join-slide__details');
  details.append(
    el('p', 'live-join-slide__label', 'On your phone, open'),
    address(shortAddress(join.url)),
    el('p', 'live-join-slide__label', 'and enter the code'),
    el('p', 'live-join-slide__code', formatJoinCode(join.code)),
    el('p', 'live-join-slide__count', join.joined === 1 ? '1 learner joined' : `${join.joined} learners joined`),
  );
  const body = el('div', 'live-join-slide__body');
  body.append(qr, details);
  slide.append(heading, body);
  return slide;
}

/** The class's answers, covering the stage: a bar per row, each with its count and share in words. */
export function resultsSlide(results: ResultsView): HTMLElement {
  const slide = el('section', `live-overlay live-results live-results--${results.kind}`);
  slide.setAttribute('aria-labelledby', 'live-results-heading');
  const eyebrow = el('p', 'live-results__eyebrow', `${results.title} · How the class answered`);
  const heading = el('h2', 'live-results__heading', results.heading);
  heading.id = 'live-results-heading';
  const list = el('ol', 'live-results__rows');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', results.caption);
  // Many cards share the stage: the rows then run in two columns with smaller type.
  list.dataset.many = String(results.rows.length > 8);
  for (const row of results.rows) {
    const item = el('li', 'live-results__row');
    const visible = el('div', 'live-results__visual');
    visible.setAttribute('aria-hidden', 'true');
    if (row.letter) visible.append(el('span', 'live-results__letter', row.letter));
    const bar = el('span', 'live-results__bar');
    bar.style.setProperty('--share', `${row.percent}%`);
    visible.append(el('span', 'live-results__text', row.text), bar, el('span', 'live-results__value', row.label));
    item.append(visible, el('span', 'visually-hidden', row.description));
    list.append(item);
  }
  slide.append(eyebrow, heading, list, el('p', 'live-results__summary', results.summary));
  return slide;
}

/** Shows `overlay` over the stage (replacing any earlier one), or removes it when null. */
export function showOverlay(stage: HTMLElement, overlay: HTMLElement | null): void {
  stage.querySelector(':scope > .live-overlay')?.remove();
  if (overlay) stage.append(overlay);
}
