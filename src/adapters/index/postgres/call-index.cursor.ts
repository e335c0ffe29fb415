import { z } from 'zod';
import { permanent } from '../../../errors/app-error.ts';

/**
 * Where the next page starts. Without a search it is a keyset position (the last row's sort instant
 * and id), so paging stays exact however deep it goes and while calls arrive; a search's order is by
 * rank, so its cursor is an offset into that order, plus the newest candidate of its first page
 * (`newest`): later pages rank the same candidates (the newest matches at or before it), so calls that
 * arrive while someone pages neither shift nor repeat what follows.
 */
export type ListCursor =
  | { kind: 'after'; sortAt: string; id: string }
  | { kind: 'offset'; offset: number; newest?: { sortAt: string; id: string } };

const Key = z.tuple([z.iso.datetime(), z.string().min(1)]);
const Wire = z.union([
  z.object({ a: Key }).strict(),
  z.object({ o: z.number().int().min(1).max(1_000_000), n: Key.optional() }).strict(),
]);

export function encodeCursor(cursor: ListCursor): string {
  const wire =
    cursor.kind === 'after'
      ? { a: [cursor.sortAt, cursor.id] }
      : { o: cursor.offset, ...(cursor.newest ? { n: [cursor.newest.sortAt, cursor.newest.id] } : {}) };
  return Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
}

/** Reads a cursor from a client; anything we did not write is `CURSOR_INVALID` (a 400, never a 500). */
export function decodeCursor(text: string): ListCursor {
  const invalid = () => permanent('CURSOR_INVALID', 'The cursor is not one this list gave out; start again without `cursor`, then pass each page\'s `nextCursor` unchanged.');
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const parsed = Wire.safeParse(raw);
  if (!parsed.success) throw invalid();
  const wire = parsed.data;
  if ('a' in wire) return { kind: 'after', sortAt: wire.a[0], id: wire.a[1] };
  return { kind: 'offset', offset: wire.o, ...(wire.n ? { newest: { sortAt: wire.n[0], id: wire.n[1] } } : {}) };
}
