import { z } from 'astro/zod';
import { strictObject } from './strict';

/** Ids of the four ways to run a workload, in the order the course presents them. */
export const SERVICE_TYPE_IDS = ['on-premises', 'iaas', 'paas', 'saas'] as const;
/** Who holds a responsibility in one cell of the matrix. */
export const OWNER_IDS = ['customer', 'provider', 'shared'] as const;
/** The three bands the chart groups its rows into. */
export const BAND_IDS = ['always-customer', 'varies', 'moves-to-provider'] as const;

/** A service type id: on-premises, iaas, paas or saas. */
export const ServiceTypeIdSchema = z.enum(SERVICE_TYPE_IDS, {
  error: () => `must be one of ${SERVICE_TYPE_IDS.join(', ')}`,
});
/** An owner id: customer, provider or shared. */
export const OwnerIdSchema = z.enum(OWNER_IDS, { error: () => `must be one of ${OWNER_IDS.join(', ')}` });

/** One row of the responsibility matrix: a layer of the stack and its owner per service type. */
export const MatrixRowSchema = strictObject({
  /** Stable id that exercises and questions point at, e.g. `operating-system`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase words joined by hyphens'),
  /** Row name as the course shows it. */
  label: z.string().min(1),
  /** The band this row belongs to. */
  band: z.enum(BAND_IDS, { error: () => `must be one of ${BAND_IDS.join(', ')}` }),
  /** Owner of this row under each service type. */
  cells: strictObject({
    'on-premises': OwnerIdSchema,
    iaas: OwnerIdSchema,
    paas: OwnerIdSchema,
    saas: OwnerIdSchema,
  }),
  /** Optional one-line reasons per service type, shown as feedback in exercises and answer keys. */
  reasons: strictObject({
    'on-premises': z.string().min(1).optional(),
    iaas: z.string().min(1).optional(),
    paas: z.string().min(1).optional(),
    saas: z.string().min(1).optional(),
  }).optional(),
});

/** The whole responsibility matrix: labels for service types, owners and bands, and the rows. */
export const MatrixSchema = strictObject({
    /** Service types in display order, with short and long names. */
    serviceTypes: z.array(strictObject({ id: ServiceTypeIdSchema, label: z.string(), name: z.string() })).length(4),
    /** Owner labels, e.g. `provider` → "Cloud provider". */
    owners: z.array(strictObject({ id: OwnerIdSchema, label: z.string() })).length(3),
    /** Band labels in display order. */
    bands: z.array(strictObject({ id: z.enum(BAND_IDS), label: z.string() })).length(3),
    /** Rows from the top of the stack (data) to the bottom (datacenter). */
    rows: z.array(MatrixRowSchema).min(1),
  })
  .superRefine((matrix, ctx) => {
    const seen = new Set<string>();
    matrix.rows.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `duplicate row id "${row.id}"` });
      }
      seen.add(row.id);
    });
  });

/** A service type id. */
export type ServiceTypeId = z.infer<typeof ServiceTypeIdSchema>;
/** An owner id. */
export type OwnerId = z.infer<typeof OwnerIdSchema>;
/** A parsed matrix row. */
export type MatrixRow = z.infer<typeof MatrixRowSchema>;
/** The parsed matrix. */
export type Matrix = z.infer<typeof MatrixSchema>;
