import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type KeyboardSensorOptions,
} from '@dnd-kit/core';

// Tab would drop the card by default; here it moves to the next zone like the arrow keys, and only
// Space/Enter drop, so keyboard moves always go target to target.
export const ZONE_KEYBOARD_CODES: KeyboardSensorOptions['keyboardCodes'] = {
  start: [KeyboardCode.Space, KeyboardCode.Enter],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

const FORWARD = new Set<string>([KeyboardCode.Right, KeyboardCode.Down]);
const BACKWARD = new Set<string>([KeyboardCode.Left, KeyboardCode.Up]);

/** Which way a key moves the carried card through the zones: +1, -1, or 0 for keys that do not move it. */
export function zoneStep(code: string, shiftKey: boolean): -1 | 0 | 1 {
  if (code === KeyboardCode.Tab) return shiftKey ? -1 : 1;
  if (FORWARD.has(code)) return 1;
  if (BACKWARD.has(code)) return -1;
  return 0;
}

/**
 * Moves the carried card to the next or previous droppable zone in document order (wrapping), centring it there,
 * instead of dnd-kit's default 25-pixel steps. The card's own zone (`data.zoneKey`) is the start.
 */
export const zoneToZoneCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const step = zoneStep(event.code, event.shiftKey);
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();

  const zones = droppableContainers
    .getEnabled()
    .filter((container) => container.node.current && droppableRects.has(container.id))
    .sort((a, b) =>
      a.node.current!.compareDocumentPosition(b.node.current!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  if (zones.length === 0) return undefined;

  const startId = over?.id ?? (context.active?.data.current?.zoneKey as string | undefined) ?? active;
  const index = zones.findIndex((zone) => zone.id === startId);
  const nextIndex = index === -1 ? 0 : (index + step + zones.length) % zones.length;
  const target = droppableRects.get(zones[nextIndex]!.id)!;
  return {
    x: target.left + (target.width - collisionRect.width) / 2,
    y: target.top + Math.min((target.height - collisionRect.height) / 2, 48),
  };
};

/**
 * Pointer drags land on the zone under the pointer (or the one the card overlaps most); keyboard drags land on
 * the zone that contains the centre of the carried card, which zoneToZoneCoordinates puts inside the target.
 */
export const zoneCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const within = pointerWithin(args);
    return within.length > 0 ? within : rectIntersection(args);
  }
  const { collisionRect } = args;
  const centre = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  return pointerWithin({ ...args, pointerCoordinates: centre });
};
