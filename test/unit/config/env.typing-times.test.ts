import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/env.ts';
import { DEFAULT_TYPING_TIMES } from '../../../src/domain/typing-times.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('TYPING_TIMES and TYPING_TIMES_FILE', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('default to the KLM table', () => {
    expect(loadConfig({}).typingTimes).toEqual(DEFAULT_TYPING_TIMES);
  });

  it('override some items, the inline JSON over the file', async () => {
    const file = join(temp.dir, 'times.json');
    await writeFile(file, JSON.stringify({ word: 1.2, callLog: 20 }));
    expect(loadConfig({ TYPING_TIMES_FILE: file }).typingTimes).toEqual({ ...DEFAULT_TYPING_TIMES, word: 1.2, callLog: 20 });
    expect(loadConfig({ TYPING_TIMES_FILE: file, TYPING_TIMES: '{"word":2}' }).typingTimes).toEqual({ ...DEFAULT_TYPING_TIMES, word: 2, callLog: 20 });
  });

  it('refuse an unknown item, a bad value, bad JSON or a missing file, saying how to fix it', async () => {
    expect(() => loadConfig({ TYPING_TIMES: '{"words":2}' })).toThrow(ConfigError);
    expect(() => loadConfig({ TYPING_TIMES: '{"word":-2}' })).toThrow(/TYPING_TIMES/);
    expect(() => loadConfig({ TYPING_TIMES: 'word=2' })).toThrow(/callLog, callLogField/);
    const bad = join(temp.dir, 'bad.json');
    await writeFile(bad, '{ "task": "slow" }');
    expect(() => loadConfig({ TYPING_TIMES_FILE: bad })).toThrow(/TYPING_TIMES_FILE: .*task/);
    expect(() => loadConfig({ TYPING_TIMES_FILE: join(temp.dir, 'none.json') })).toThrow(/cannot be read \(ENOENT\)/);
  });
});
