import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { CardView, SortExerciseView } from '~/lib/sort/answers';
import { MARK_TEXT, PILE_NAME, SORT_INSTRUCTIONS } from '~/lib/sort/announcements';
import type { CardMark } from '~/lib/sort/grading';
import { PILE, useResponsibilitySort, type CardDragData } from './useResponsibilitySort';
import { ZONE_KEYBOARD_CODES, zoneCollision, zoneToZoneCoordinates } from './zone-keyboard';
import { StorageNotice } from './StorageNotice';
import type { StorageNoticeId } from '~/lib/progress/model';
import './responsibility-sort.css';

/** Props of the sorting island: the prepared exercise and the level of the title the wrapper rendered. */
export interface ResponsibilitySortProps {
  exercise: SortExerciseView;
  headingLevel?: 1 | 2 | 3;
  /** The words of each storage notice, given when the page has no progress tracker to show them. */
  storageNotices?: Readonly<Record<StorageNoticeId, string>>;
}

type Sort = ReturnType<typeof useResponsibilitySort>;

/** Drag-and-drop sorting of security duties into owner zones, with keyboard, menu and screen-reader paths. */
export default function ResponsibilitySort({ exercise, headingLevel = 2, storageNotices }: ResponsibilitySortProps) {
  const sort = useResponsibilitySort(exercise);
  const sensors = useSensors(
    // A few pixels of movement before a drag starts keeps clicks on the card's buttons working.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: zoneToZoneCoordinates, keyboardCodes: ZONE_KEYBOARD_CODES }),
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const ZoneHeading = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';
  const sorting = sort.state.phase === 'sorting';
  const base = `sort-${exercise.id}`;
  const zoneKeys = [PILE, ...exercise.zones.map((zone) => zone.id)];

  const renderZone = (key: string) => {
    const cards = exercise.cards.filter((card) => sort.zoneOf(card.id) === key);
    return (
      <Zone key={key} id={key} name={sort.zoneName(key)} headingId={`${base}-zone-${key}`} Heading={ZoneHeading}
        pile={key === PILE} active={activeId !== null} count={cards.length}>
        {cards.map((card) => (
          <Card key={card.id} card={card} zoneKey={key} sort={sort} sorting={sorting} zoneKeys={zoneKeys}
            menuId={`${base}-move-${card.id}`} mark={sort.marks?.[card.id] ?? (sort.state.phase === 'solution' ? 'solution' : null)}
            explanation={sort.state.phase === 'sorting' ? null : exercise.explanations[card.id]!} />
        ))}
      </Zone>
    );
  };

  return (
    <div className="sort" ref={sort.rootRef}>
      {storageNotices && <StorageNotice texts={storageNotices} />}
      <DndContext
        id={`${base}-instructions`}
        sensors={sensors}
        collisionDetection={zoneCollision}
        accessibility={{
          announcements: sort.announcements,
          screenReaderInstructions: { draggable: SORT_INSTRUCTIONS },
          restoreFocus: false,
        }}
        onDragStart={(event) => {
          setActiveId(String(event.active.id));
          sort.onDragStart(event);
        }}
        onDragEnd={(event) => {
          setActiveId(null);
          sort.onDragEnd(event);
        }}
        onDragCancel={(event) => {
          setActiveId(null);
          sort.onDragCancel(event);
        }}
      >
        <div className="sort__board" data-dragging={activeId !== null || undefined}>
          {renderZone(PILE)}
          <div className="sort__zones">{exercise.zones.map((zone) => renderZone(zone.id))}</div>
        </div>
      </DndContext>

      {/* The solution puts every card in its zone whatever the learner placed: a count of their placements would say
          "0 of 9 cards sorted" under a full board. The result panel says what is shown instead. */}
      {sort.state.phase !== 'solution' && (
        <p className="sort__progress">
          {sort.unsorted === 0 ? 'All cards sorted.' : `${exercise.cards.length - sort.unsorted} of ${exercise.cards.length} cards sorted.`}
        </p>
      )}
      {sort.score && sort.state.phase !== 'sorting' && (
        <div className="sort__result" data-result tabIndex={-1} aria-labelledby={`${base}-result`}>
          <p id={`${base}-result`}>
            <strong>
              {sort.state.phase === 'solution' ? 'Solution shown. ' : 'Result: '}
              {sort.score.correct} of {sort.score.total} correct ({sort.score.percent}%).
            </strong>{' '}
            {sort.state.phase === 'solution'
              ? 'Every card is now in its correct zone, with the reason under it.'
              : sort.hasMisplaced
                ? 'Read the note under each card, then retry the misplaced ones or show the solution.'
                : 'Every card is in the right zone.'}
          </p>
        </div>
      )}
      <div className="sort__actions">
        {sorting ? (
          <button type="button" className="button" data-action="check" onClick={sort.check}>
            Check
          </button>
        ) : (
          <>
            {sort.hasMisplaced && (
              <button type="button" className="button" onClick={() => sort.retry('misplaced')}>
                Retry misplaced cards
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => sort.retry('all')}>
              Start over
            </button>
            {sort.state.phase === 'checked' && sort.hasMisplaced && (
              <button type="button" className="button button--secondary" onClick={sort.showSolution}>
                Show solution
              </button>
            )}
          </>
        )}
      </div>
      {/* While the learner sorts, the status line keeps to the bottom of the screen (CSS), so the result of a move stays
          in view when the card went to a zone off screen. While the result panel shows, it says what the status
          announced: the live region is then for screen readers only. */}
      <p className={sort.score && !sorting ? 'sort__status visually-hidden' : 'sort__status'} role="status" data-sort-status>
        {sort.status}
      </p>
    </div>
  );
}

interface ZoneProps {
  id: string;
  name: string;
  headingId: string;
  Heading: 'h2' | 'h3' | 'h4';
  pile: boolean;
  active: boolean;
  count: number;
  children: ReactNode;
}

/** A place cards can be dropped: the unsorted pile or an owner zone. */
function Zone({ id, name, headingId, Heading, pile, active, count, children }: ZoneProps) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { name } });
  return (
    <section
      ref={setNodeRef}
      className={`sort-zone${pile ? ' sort-zone--pile' : ''}${active ? ' is-target' : ''}${isOver ? ' is-over' : ''}`}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="sort-zone__name">
        {name} <span className="sort-zone__count">({count} {count === 1 ? 'card' : 'cards'})</span>
      </Heading>
      {count > 0 ? (
        <ul className="sort-zone__cards">{children}</ul>
      ) : (
        <p className="sort-zone__empty">{active ? 'Drop here' : pile ? 'No cards left to sort.' : 'No cards yet.'}</p>
      )}
    </section>
  );
}

/** The visible face of a card: its text and, in mixed exercises, its service type. */
function CardFace({ card }: { card: CardView }) {
  return (
    <>
      <span className="sort-card__grip" aria-hidden="true" />
      <span className="sort-card__text">{card.text}</span>
      {card.tag && <span className="sort-card__tag">{card.tag}</span>}
    </>
  );
}

interface CardProps {
  card: CardView;
  zoneKey: string;
  sort: Sort;
  sorting: boolean;
  zoneKeys: string[];
  menuId: string;
  mark: CardMark | 'solution' | null;
  explanation: string | null;
}

/** One duty: a drag handle, a Move to… menu, and after Check its mark and explanation. */
function Card({ card, zoneKey, sort, sorting, zoneKeys, menuId, mark, explanation }: CardProps) {
  const data: CardDragData = { zoneKey };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging, transform } = useDraggable({
    id: card.id,
    data,
    disabled: !sorting,
  });
  // The carried card follows the pointer through the CSSOM, not a style attribute, so a strict CSP allows it.
  const nodeRef = useRef<HTMLLIElement | null>(null);
  const setRefs = useCallback(
    (node: HTMLLIElement | null) => {
      nodeRef.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  useLayoutEffect(() => {
    if (nodeRef.current) {
      nodeRef.current.style.transform = transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : '';
    }
  }, [transform]);
  const menuOpen = sort.openMenu === card.id;
  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      sort.closeMenu(card.id);
    }
  };

  return (
    <li ref={setRefs} className={`sort-card${isDragging ? ' is-dragging' : ''}`} data-mark={mark ?? undefined}>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="sort-card__handle"
        data-card-handle={card.id}
        {...attributes}
        {...listeners}
        aria-roledescription="draggable card"
      >
        <CardFace card={card} />
      </button>
      {sorting && (
        <button
          type="button"
          className="sort-card__move-toggle"
          data-move-toggle={card.id}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={() => sort.toggleMenu(card.id)}
          onKeyDown={onMenuKeyDown}
        >
          Move to…<span className="visually-hidden"> {sort.cardName(card.id)}</span>
        </button>
      )}
      {sorting && menuOpen && (
        <ul id={menuId} className="sort-card__menu" aria-label={`Move ${sort.cardName(card.id)} to`} onKeyDown={onMenuKeyDown}>
          {zoneKeys
            .filter((key) => key !== zoneKey)
            .map((key) => (
              <li key={key}>
                <button type="button" onClick={() => sort.moveTo(card.id, key)}>
                  {key === PILE ? `Back to ${PILE_NAME}` : sort.zoneName(key)}
                </button>
              </li>
            ))}
        </ul>
      )}
      {mark && explanation && (
        <p className="sort-card__feedback">
          <strong className="sort-card__mark">{MARK_TEXT[mark]}.</strong> {explanation}
        </p>
      )}
    </li>
  );
}
