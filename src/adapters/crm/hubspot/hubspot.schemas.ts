import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { parseAnswerWith } from '../http/parse-answer.ts';

/** The parts of HubSpot's JSON answers the adapter reads (extra fields are allowed and ignored). */

const Id = z.union([z.string(), z.number()]).transform(String);

/** `SimplePublicObject`: every property value is a string or null, whatever the property type. */
export const HsObject = z.object({
  id: Id,
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type HsObject = z.infer<typeof HsObject>;

const Paging = z.object({ next: z.object({ after: z.string() }).optional() }).optional();

export const HsSearchPage = z.object({ total: z.number(), results: z.array(HsObject), paging: Paging });

/** Batch read: 200 when every id was found, 207 with `errors` naming the missing ones. */
export const HsBatchRead = z.object({ results: z.array(HsObject) });

const AssociationTypes = z.array(z.object({ category: z.string().optional(), typeId: z.number().optional() }).loose());

/** `GET /crm/v4/objects/{from}/{id}/associations/{to}`. */
export const HsAssociationPage = z.object({
  results: z.array(z.object({ toObjectId: Id, associationTypes: AssociationTypes.optional() })),
  paging: Paging,
});

/** `POST /crm/v4/associations/{from}/{to}/batch/read`: ids without associations come back as 207 errors. */
export const HsAssociationBatch = z.object({
  results: z.array(z.object({ from: z.object({ id: Id }), to: z.array(z.object({ toObjectId: Id })) })),
});

export const HsStage = z.object({
  id: z.string(),
  label: z.string(),
  archived: z.boolean().optional(),
  /** Values are strings: `{ isClosed: "true", probability: "1.0" }`. */
  metadata: z.record(z.string(), z.string().nullable()).optional(),
});
export const HsPipeline = z.object({ id: z.string(), label: z.string(), archived: z.boolean().optional(), stages: z.array(HsStage) });
export type HsPipeline = z.infer<typeof HsPipeline>;
export const HsPipelines = z.object({ results: z.array(HsPipeline) });

export const HsOwners = z.object({ results: z.array(z.object({ id: Id, email: z.string().nullish(), archived: z.boolean().optional() })) });

export const HsProperty = z.object({ name: z.string(), type: z.string() }).loose();

/** Parses an answer; a shape we do not understand is permanent (retrying gets the same answer). */
export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  return parseAnswerWith(schema, body, (issues) => new AppError('HUBSPOT_BAD_RESPONSE', `HubSpot's answer to ${what} did not have the expected shape (${issues}); the HubSpot API may have changed.`));
}
