import { readFile } from 'node:fs/promises';
import { CallMeta } from '../domain/call-meta.ts';
import { UsageError } from './cli-error.ts';

/** Reads `--meta FILE` as CallMeta; no file gives an empty meta. */
export async function readMeta(path: string | undefined): Promise<CallMeta> {
  if (!path) return {};
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`--meta ${path} does not exist; check the path.`);
    if (code === 'EISDIR') throw new UsageError(`--meta ${path} is a directory; give a CallMeta JSON file.`);
    throw new UsageError(`Cannot read --meta ${path}: ${(err as Error).message}`);
  }
  const parsed = CallMeta.safeParse(safeJson(raw, path));
  if (!parsed.success) {
    throw new UsageError(`--meta ${path} is not a valid CallMeta: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export function safeJson(raw: string, path: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (err) {
    // The parser quotes the input: a binary file given by mistake would put control bytes on the terminal.
    const printable = (err as Error).message.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, '·');
    throw new UsageError(`${path} is not valid JSON: ${printable}`);
  }
}
