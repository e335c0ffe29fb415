import { z } from 'zod';
import { CallMeta } from '../../domain/call-meta.ts';
import { Call } from '../../domain/call.ts';
import { Insights } from '../../domain/insights.ts';
import { AuditEntry, Decision, Review } from '../../domain/review.ts';
import { Transcript } from '../../domain/transcript.ts';
import { ReviewRequest } from '../../review/decide.ts';
import { EraseAnswer } from '../../review/erase-call.ts';
import { SubjectExport } from '../../review/subject-export.ts';
import { InsightsCorrection } from '../../review/review-actions.ts';
import { RetryFailedAnswer, RetryFailedRequest } from '../../review/retry-failed.ts';
import { StageUndoRequest } from '../../review/stage-undo.ts';
import { CompleteRequest } from '../routes/presigned-uploads.routes.ts';
import { TimeSavedReport } from '../../review/time-saved-report.ts';
import { SignInForm } from '../routes/session.routes.ts';
import { CallList, CallListItem, CallViewBody, CrmLink, ErrorBody, HealthAnswer, PresignAnswer, ReadyAnswer, ReviewAnswer, RetryAnswer, UploadAnswer, WebhookAnswer, WebhookIgnored } from './answer-schemas.ts';
import { CorrectionFormFields, CsrfOnlyForm, DecisionFormFields, RetryFailedFormFields, StageUndoFormFields } from './form-fields.ts';

/** What clients send, as the routes parse it (JSON Schema of the zod input: defaults optional). */
export const REQUEST_SCHEMAS = {
  CallMeta,
  ReviewRequest,
  InsightsCorrection,
  RetryFailedRequest,
  StageUndoRequest,
  CompleteRequest,
  SignInForm,
  DecisionForm: DecisionFormFields,
  CorrectionForm: CorrectionFormFields,
  StageUndoForm: StageUndoFormFields,
  CsrfForm: CsrfOnlyForm,
  RetryFailedForm: RetryFailedFormFields,
} satisfies Record<string, z.ZodType>;

/** What the API answers (JSON Schema of the zod output: every defaulted field present). */
export const ANSWER_SCHEMAS = {
  ErrorBody,
  CallList,
  CallListItem,
  CallView: CallViewBody,
  Call,
  Transcript,
  Insights,
  Review,
  Decision,
  AuditEntry,
  CrmLink,
  ReviewAnswer,
  RetryAnswer,
  RetryFailedAnswer,
  EraseAnswer,
  SubjectExport,
  UploadAnswer,
  WebhookAnswer,
  WebhookIgnored,
  PresignAnswer,
  HealthAnswer,
  ReadyAnswer,
  TimeSavedReport,
} satisfies Record<string, z.ZodType>;

export type SchemaName = keyof typeof REQUEST_SCHEMAS | keyof typeof ANSWER_SCHEMAS;
export type JsonSchema = Record<string, unknown>;

export const schemaRef = (name: SchemaName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Request schemas are read as input, answers as output; the two sets share no names. */
export function componentSchemas(): Record<string, JsonSchema> {
  return {
    ...convert(REQUEST_SCHEMAS, 'input'),
    ...convert(ANSWER_SCHEMAS, 'output'),
  };
}

function convert(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  // A local registry: the domain schemas are not tagged with ids anywhere else.
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as JsonSchema]));
}

/** One zod schema as JSON Schema, inline (query parameters). */
export function inlineSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}
