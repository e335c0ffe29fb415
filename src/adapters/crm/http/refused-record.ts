import { AppError, toAppError } from '../../../errors/app-error.ts';

/**
 * What a 403 means when its body does not say (Pipedrive's are plain; HubSpot's other than a missing scope): asked of
 * the CRM's own credential check, the one the credential guard resumes a paused sync with. When the check passes, the
 * credentials work and the refusal is about the record (`record`); pausing sync for it would resume at the next check
 * and meet the same refusal, forever. When the check is refused too, the credentials are at fault (`credentials`). Any
 * other failure of the check (a blip, a rate limit) is thrown as it is, so the request is tried again later.
 */
export async function refusalOf(checkCredentials: () => Promise<unknown>): Promise<'record' | 'credentials'> {
  try {
    await checkCredentials();
    return 'record';
  } catch (thrown) {
    const err = toAppError(thrown);
    if (err.kind === 'credentials') return 'credentials';
    throw err;
  }
}

/**
 * A 403 only the credential check can place: what it is for either answer of `refusalOf`. A client's single try throws
 * it and `decidingRefusal`, around the whole request, decides it once the request's own retries are over: were the
 * check asked inside the try, a check that cannot answer (a blip, a rate limit) would be thrown as a retryable
 * failure of the read, which is then sent again, 403 again, and checked again, a few times over, just when the CRM is
 * struggling. Until decided it is the credential refusal (not retryable, so no read retry takes it for a blip).
 */
export class UndecidedRefusal extends AppError {
  readonly ifRecord: AppError;
  readonly ifCredentials: AppError;
  constructor(ifRecord: AppError, ifCredentials: AppError) {
    super(ifCredentials.code, ifCredentials.message, { status: ifCredentials.status, kind: ifCredentials.kind });
    this.name = 'UndecidedRefusal';
    this.ifRecord = ifRecord;
    this.ifCredentials = ifCredentials;
  }
}

/** Runs `send` (one request with its retries); an UndecidedRefusal it throws is decided by the credential check. */
export async function decidingRefusal<T>(send: () => Promise<T>, checkCredentials: () => Promise<unknown>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    if (!(err instanceof UndecidedRefusal)) throw err;
    throw (await refusalOf(checkCredentials)) === 'record' ? err.ifRecord : err.ifCredentials;
  }
}

/**
 * The record a request path ends with, for people: `deal 42` from `/api/v2/deals/42`, `Opportunity 006…` from
 * `/sobjects/Opportunity/006…`; null when the path names none (a create, a search, an upsert by key), so the refused
 * record is one the request refers to (its contact, deal or owner).
 */
export function recordOf(path: string): string | null {
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  const [type, id] = parts.slice(-2);
  return type && id && /^[A-Za-z]+$/.test(type) && /^[A-Za-z0-9]*\d[A-Za-z0-9]*$/.test(id) ? `${singular(type)} ${id}` : null;
}

const singular = (type: string) => (type.endsWith('ies') ? `${type.slice(0, -3)}y` : type.endsWith('s') ? type.slice(0, -1) : type);

/**
 * A CRM refusing the integration user one record: permanent (a retry meets the same refusal until an admin shares the
 * record), kind `forbidden`, so sync ends this call `failed` with the code while other calls go on; a manager retries
 * it once the record is shared. `fix` says what the CRM's admin does.
 */
export function recordForbidden(code: string, crm: string, where: string, status: number, fix: string, said: string): AppError {
  const record = recordOf(where.slice(where.indexOf(' ') + 1));
  const what = record ? `${record} (${where})` : `a record that ${where} refers to (its contact, deal or owner)`;
  return new AppError(
    code,
    `${crm} refused ${what} (${status}) although the credentials work: the integration user may not see or change it. ${fix} Then retry what was refused; other calls keep syncing. ${crm} said: ${said}`,
    { status, kind: 'forbidden' },
  );
}
