import { permanent, type AppError } from '../errors/app-error.ts';

/** An ffmpeg/ffprobe that is not installed is a setup problem, not a bad recording. Null for other errors. */
export function missingBinary(err: unknown): AppError | null {
  const text = `${(err as { code?: unknown })?.code ?? ''} ${(err as Error)?.message ?? ''}`;
  if (!/ENOENT|Cannot find ff(mpeg|probe)/i.test(text)) return null;
  return permanent('FFMPEG_MISSING', 'ffmpeg/ffprobe is not installed on this machine. Run `npm run bootstrap` (or apt-get install ffmpeg).', err);
}
