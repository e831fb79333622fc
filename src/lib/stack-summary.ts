import { matrix as defaultMatrix } from './matrix';
import type { Matrix, OwnerId, ServiceTypeId } from '../schemas/matrix';

/** Joins words as "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One sentence that says who secures which layers under a service type: the text alternative of its stack. */
export function stackSummary(serviceType: ServiceTypeId, source: Matrix = defaultMatrix): string {
  const layersOf = (owner: OwnerId) =>
    source.rows.filter((row) => row.cells[serviceType] === owner).map((row) => lowerFirst(row.label));
  const label = source.serviceTypes.find((type) => type.id === serviceType)?.label ?? serviceType;
  const customer = layersOf('customer');
  const shared = layersOf('shared');
  const provider = layersOf('provider');
  const parts = [
    customer.length === source.rows.length
      ? `the customer secures all ${customer.length} layers`
      : customer.length > 0 && `the customer secures ${listInWords(customer)}`,
    shared.length > 0 && `the customer and the cloud provider share ${listInWords(shared)}`,
    provider.length > 0 && `the cloud provider secures ${listInWords(provider)}`,
  ].filter((part): part is string => typeof part === 'string');
  return `${label}: ${parts.join('; ')}.`;
}
