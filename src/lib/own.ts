// Saved and imported data is keyed by ids that come from the data itself, so an id may be named like a property
// every object inherits (`constructor`, `toString`). Looking such an id up with `record[id]` finds the inherited
// function instead of "nothing"; every lookup of an id in saved data goes through `own` instead.

/** The entry under `id` if the record itself holds one: never a property that every object inherits. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
