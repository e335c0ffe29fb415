import { writeFileSync } from 'node:fs';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrmStore, type LocalCrmData } from '../../../../src/adapters/crm/local/local-crm.store.ts';
import { failure } from '../../../helpers/crm-inputs.ts';
import { makeTempDir } from '../../../helpers/temp-dir.ts';

const seed = { contacts: [], deals: [] };
const addContact = (id: string) => (data: LocalCrmData) => {
  data.contacts.push({ id, name: null, email: null, phone: null, company: null, title: null, createdBy: null });
};

describe('the local CRM file lock', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let path: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    path = join(temp.dir, 'local-crm.json');
  });
  afterEach(() => temp.cleanup());

  it('leaves neither the lock nor a temp file behind after a write', async () => {
    const store = createLocalCrmStore(path, seed);
    await Promise.all([store.update(addContact('a')), store.update(addContact('b'))]);
    expect(await readdir(temp.dir)).toEqual(['local-crm.json']);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('does not write while another process holds the lock, and says so with a retryable error', async () => {
    await writeFile(`${path}.lock`, JSON.stringify({ token: 'another-process' }));
    const store = createLocalCrmStore(path, seed, { waitMs: 0 });
    const err = await failure(store.update(addContact('a')));
    expect(err).toMatchObject({ code: 'CRM_LOCAL_LOCKED', retryable: true });
    expect(err.message).toContain(`${path}.lock`);
    expect((await store.read()).contacts).toEqual([]);
  });

  it('takes over a lock left by a process that stopped while holding it', async () => {
    await writeFile(`${path}.lock`, JSON.stringify({ token: 'a-killed-process' }));
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(`${path}.lock`, longAgo, longAgo);
    const store = createLocalCrmStore(path, seed, { staleMs: 10_000, waitMs: 0 });
    await store.update(addContact('a'));
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['a']);
    expect(await readdir(temp.dir)).toEqual(['local-crm.json']);
  });

  it('fails, instead of trying again at once without end, when a stale lock cannot be removed', async () => {
    // Something at the lock's path that unlink refuses (on a shared directory with the sticky bit, another user's file).
    await mkdir(`${path}.lock`);
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(`${path}.lock`, longAgo, longAgo);
    const store = createLocalCrmStore(path, seed, { staleMs: 10_000, waitMs: 0 });
    const err = await failure(store.update(addContact('a')));
    expect(err.message).toContain(`${path}.lock`);
    expect((await store.read()).contacts).toEqual([]);
  });

  it('does not save a change when its lock was taken over while it ran', async () => {
    const store = createLocalCrmStore(path, seed);
    const err = await failure(
      store.update((data) => {
        addContact('a')(data);
        // What a stalled holder finds: its lock judged stale and taken by another process.
        writeFileSync(`${path}.lock`, JSON.stringify({ token: 'another-process' }));
      }),
    );
    expect(err).toMatchObject({ code: 'CRM_LOCAL_LOCK_LOST', retryable: true });
    expect((await store.read()).contacts).toEqual([]);
    // The other process's lock is left to it.
    expect(await readdir(temp.dir)).toEqual(['local-crm.json.lock']);
  });
});
