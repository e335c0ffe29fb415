import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { parseAnswerWith } from '../http/parse-answer.ts';

/** The parts of Pipedrive's JSON answers the adapter reads (extra fields are allowed and ignored). */

const Cursor = z.object({ next_cursor: z.string().nullish() }).nullish();

/** `GET /api/v2/persons/search`: `{success, data:{items:[{result_score, item}]}, additional_data:{next_cursor}}`. */
export const PdPersonHit = z.object({
  id: z.number(),
  name: z.string().nullish(),
  phones: z.array(z.string()).nullish(),
  emails: z.array(z.string()).nullish(),
  organization: z.object({ name: z.string().nullish() }).nullish(),
});
export type PdPersonHit = z.infer<typeof PdPersonHit>;
export const PdPersonSearch = z.object({
  data: z.object({ items: z.array(z.object({ item: PdPersonHit })) }),
  additional_data: Cursor,
});

/** `GET /api/v2/persons/{id}`: a person, its `emails` / `phones` as `{value, primary, label}` (primary first or flagged). */
const PdContactItem = z.object({ value: z.string(), primary: z.boolean().nullish(), label: z.string().nullish() });
export const PdPerson = z.object({
  id: z.number(),
  name: z.string().nullish(),
  emails: z.array(PdContactItem).nullish(),
  phones: z.array(PdContactItem).nullish(),
  org_id: z.number().nullish(),
  job_title: z.string().nullish(),
  is_deleted: z.boolean().nullish(),
});
export type PdPerson = z.infer<typeof PdPerson>;
export const PdPersonRead = z.object({ data: PdPerson });
export const PdOrganizationRead = z.object({ data: z.object({ id: z.number(), name: z.string().nullish() }) });

/** `POST /api/v2/persons`: the new person (its `emails` / `phones` are `{value, primary, label}` objects; only the id is read). */
export const PdPersonAnswer = z.object({ data: z.object({ id: z.number() }) });

/** A v2 deal; `status` is open / won / lost (deleted deals answer 404 or `is_deleted`). */
export const PdDeal = z.object({
  id: z.number(),
  title: z.string().nullish(),
  status: z.string(),
  stage_id: z.number().nullish(),
  pipeline_id: z.number().nullish(),
  person_id: z.number().nullish(),
  add_time: z.string().nullish(),
  update_time: z.string().nullish(),
  is_deleted: z.boolean().nullish(),
  /** The deal's value in `currency` (ISO 4217), and its expected close date (YYYY-MM-DD). */
  value: z.number().nullish(),
  currency: z.string().nullish(),
  expected_close_date: z.string().nullish(),
});
export type PdDeal = z.infer<typeof PdDeal>;
export const PdDealAnswer = z.object({ data: PdDeal });
export const PdDealList = z.object({ data: z.array(PdDeal).nullable(), additional_data: Cursor });

export const PdStage = z.object({ id: z.number(), name: z.string(), pipeline_id: z.number(), order_nr: z.number().nullish(), is_deleted: z.boolean().nullish() });
export type PdStage = z.infer<typeof PdStage>;
export const PdStageList = z.object({ data: z.array(PdStage).nullable(), additional_data: Cursor });

export const PdActivity = z.object({
  id: z.number(),
  type: z.string().nullish(),
  note: z.string().nullish(),
  is_deleted: z.boolean().nullish(),
  subject: z.string().nullish(),
  due_date: z.string().nullish(),
  owner_id: z.number().nullish(),
});
export type PdActivity = z.infer<typeof PdActivity>;
export const PdActivityAnswer = z.object({ data: PdActivity });
export const PdActivityList = z.object({ data: z.array(PdActivity).nullable(), additional_data: Cursor });

/** `GET /v1/users/find` and `/v1/users/me` (v1: `data` may be null when nothing matched). */
const PdUser = z.object({ id: z.number(), email: z.string().nullish(), active_flag: z.boolean().nullish() });
export const PdUserList = z.object({ data: z.array(PdUser).nullable() });
export const PdUserAnswer = z.object({ data: PdUser });

/** Parses an answer; a shape we do not understand is permanent (retrying gets the same answer). */
export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  return parseAnswerWith(schema, body, (issues) => new AppError('PIPEDRIVE_BAD_RESPONSE', `Pipedrive's answer to ${what} did not have the expected shape (${issues}); the Pipedrive API may have changed.`));
}
