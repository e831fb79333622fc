import rawMatrix from '../../content/responsibility-matrix.json';
import { MatrixSchema, type Matrix, type MatrixRow, type OwnerId, type ServiceTypeId } from '../schemas/matrix';
import { parseContent } from '../schemas/content-error';

/** Where the matrix data lives, for error messages. */
export const MATRIX_FILE = 'content/responsibility-matrix.json';

/** The validated responsibility matrix; the build stops with a named field if the file is wrong. */
export const matrix: Matrix = parseContent(MatrixSchema, rawMatrix, MATRIX_FILE);

/** Finds a row by id, or undefined. */
export function findRow(rowId: string, source: Matrix = matrix): MatrixRow | undefined {
  return source.rows.find((row) => row.id === rowId);
}

/** Who owns a row under a service type: the answer every quiz and exercise derives from. */
export function ownerOf(rowId: string, serviceType: ServiceTypeId, source: Matrix = matrix): OwnerId {
  const row = findRow(rowId, source);
  if (!row) throw new Error(`No row "${rowId}" in ${MATRIX_FILE}`);
  return row.cells[serviceType];
}

/** Display label of a service type, e.g. `iaas` → "IaaS". */
export function serviceTypeLabel(id: ServiceTypeId, source: Matrix = matrix): string {
  return source.serviceTypes.find((type) => type.id === id)?.label ?? id;
}

/** Display label of an owner, e.g. `provider` → "Cloud provider". */
export function ownerLabel(id: OwnerId, source: Matrix = matrix): string {
  return source.owners.find((owner) => owner.id === id)?.label ?? id;
}
