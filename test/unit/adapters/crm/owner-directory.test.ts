import { describe, expect, it } from 'vitest';
import { OWNER_FOUND_KEEP_MS, OWNER_MISSING_KEEP_MS, ownerDirectory } from '../../../../src/adapters/crm/owner-directory.ts';
import { AppError } from '../../../../src/errors/app-error.ts';

/** A directory over scripted lookups: each lookup takes the next answer; `asked` records the e-mails looked up. */
function directory(answers: (string | null | Error)[]) {
  let now = 0;
  const asked: string[] = [];
  const owners = ownerDirectory<string>({
    lookup: async (email) => {
      asked.push(email);
      const next = answers.shift();
      if (next === undefined) throw new Error('no more scripted answers');
      if (next instanceof Error) throw next;
      return next;
    },
    refusesOwner: (err) => err instanceof AppError && err.code === 'OWNER_REFUSED',
    now: () => now,
  });
  return { owners, asked, advance: (ms: number) => void (now += ms) };
}

const refusal = () => new AppError('OWNER_REFUSED', 'the owner is inactive', { status: 400, kind: 'rejected' });

describe('ownerDirectory', () => {
  it('remembers a user found for OWNER_FOUND_KEEP_MS and none found for the shorter OWNER_MISSING_KEEP_MS, by trimmed lower-case e-mail', async () => {
    const { owners, asked, advance } = directory(['u1', null, 'u2', 'u3']);
    expect(await owners.idFor(' Priya@Example.com ')).toBe('u1');
    expect(await owners.idFor('sam@example.com')).toBeNull();
    advance(OWNER_MISSING_KEEP_MS);
    expect(await owners.idFor('priya@example.com')).toBe('u1');
    expect(await owners.idFor('sam@example.com')).toBe('u2');
    advance(OWNER_FOUND_KEEP_MS - OWNER_MISSING_KEEP_MS);
    expect(await owners.idFor('PRIYA@example.com')).toBe('u3');
    expect(asked).toEqual(['priya@example.com', 'sam@example.com', 'sam@example.com', 'priya@example.com']);
    expect(await owners.idFor(null)).toBeNull();
    expect(await owners.idFor('  ')).toBeNull();
  });

  it('shares a lookup under way and forgets a failed one', async () => {
    const { owners, asked } = directory([new Error('blip'), 'u1']);
    const [a, b] = await Promise.allSettled([owners.idFor('priya@example.com'), owners.idFor('priya@example.com')]);
    expect([a.status, b.status]).toEqual(['rejected', 'rejected']);
    expect(await owners.idFor('priya@example.com')).toBe('u1');
    expect(asked).toHaveLength(2);
  });

  it('writes again once, owned by what a fresh lookup says, when the CRM refuses an owner it no longer has', async () => {
    const { owners } = directory(['u1', null]);
    const owned: (string | null)[] = [];
    const id = await owners.writing('priya@example.com', async (ownerId) => {
      owned.push(ownerId);
      if (ownerId === 'u1') throw refusal();
      return 'record-1';
    });
    expect(id).toBe('record-1');
    expect(owned).toEqual(['u1', null]);
    expect(await owners.idFor('priya@example.com')).toBeNull();
  });

  it('throws the refusal as it came when the fresh lookup still finds the owner (the refusal is about something else), or the second write is refused too', async () => {
    const still = directory(['u1', 'u1']);
    let writes = 0;
    const refused = refusal();
    await expect(still.owners.writing('priya@example.com', async () => (writes++, Promise.reject(refused)))).rejects.toBe(refused);
    expect(writes).toBe(1);

    const again = directory(['u1', 'u2']);
    const owned: (string | null)[] = [];
    await expect(again.owners.writing('priya@example.com', async (ownerId) => (owned.push(ownerId), Promise.reject(refusal())))).rejects.toMatchObject({ code: 'OWNER_REFUSED' });
    expect(owned).toEqual(['u1', 'u2']);
  });

  it('does not look the owner up again for other failures, nor for a write without an owner', async () => {
    const { owners, asked } = directory(['u1']);
    const other = new AppError('CRM_UNAVAILABLE', 'down', { retryable: true, status: 503, kind: 'unavailable' });
    await expect(owners.writing('priya@example.com', () => Promise.reject(other))).rejects.toBe(other);
    await expect(owners.writing(null, () => Promise.reject(refusal()))).rejects.toMatchObject({ code: 'OWNER_REFUSED' });
    expect(asked).toEqual(['priya@example.com']);
  });
});
