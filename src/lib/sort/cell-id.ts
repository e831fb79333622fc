/** Id of one cell of the matrix challenge (`row--serviceType`); saved progress is keyed by it. */
export function cellId(rowId: string, serviceType: string): string {
  return `${rowId}--${serviceType}`;
}
