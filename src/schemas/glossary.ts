import { z } from 'astro/zod';
import { strictObject } from './strict';

/** Term ids are lowercase words joined by hyphens, e.g. `guest-operating-system`; they become URL anchors. */
export const GLOSSARY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One entry of `content/glossary.yaml`; its key in the file is the term id. */
export const GlossaryEntrySchema = strictObject({
  /** The term as the glossary page shows it, e.g. "Infrastructure as a service (IaaS)". */
  term: z.string({ error: 'is required: the term as the glossary shows it' }).trim().min(1, 'must not be empty'),
  /** One or two plain sentences that a newcomer understands without reading the course. */
  definition: z
    .string({ error: 'is required: one or two plain sentences that define the term' })
    .trim()
    .min(20, 'is too short to help anyone: write at least a full sentence')
    .max(400, 'must be at most 400 characters: keep definitions to one or two sentences'),
  /** Other names a learner may meet, such as an old product name or an abbreviation. */
  aka: z.array(z.string().trim().min(1, 'must not be empty'), { error: 'must be a list of names' }).default([]),
  /** Ids of other glossary entries worth reading next. */
  related: z.array(z.string(), { error: 'must be a list of term ids' }).default([]),
});

/** The whole glossary: entries keyed by id, with every `related` id pointing at an existing entry. */
export const GlossarySchema = z.record(z.string(), GlossaryEntrySchema).superRefine((glossary, ctx) => {
  const ids = Object.keys(glossary);
  for (const id of ids) {
    if (!GLOSSARY_ID_PATTERN.test(id)) {
      ctx.addIssue({ code: 'custom', path: [id], message: 'term ids must be lowercase words joined by hyphens' });
    }
    glossary[id]!.related.forEach((relatedId, index) => {
      if (relatedId === id) {
        ctx.addIssue({ code: 'custom', path: [id, 'related', index], message: 'an entry cannot be related to itself' });
      } else if (!(relatedId in glossary)) {
        ctx.addIssue({
          code: 'custom',
          path: [id, 'related', index],
          message: `no glossary entry has the id "${relatedId}"`,
        });
      }
    });
  }
});

/** One parsed glossary entry. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
/** The parsed glossary, keyed by term id. */
export type Glossary = z.infer<typeof GlossarySchema>;
