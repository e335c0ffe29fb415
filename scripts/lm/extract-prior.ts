// Extracts the general-English unigram prior that build-lm.ts mixes into the sales LM:
//   src/adapters/transcription/local/lm/english-unigrams.txt ("word log10prob" per line, most frequent first).
// Source: the unigrams of pocketsphinx's own default US-English LM (en-us.lm.bin, general English text),
// converted with sphinx_lm_convert (Debian package sphinxbase-utils). Only needed to refresh the committed
// file: `apt-get install sphinxbase-utils && node scripts/lm/extract-prior.ts [--top 20000]`.
// sphinx_lm_convert 5prealpha aborts on an assertion while writing the bigrams of this model; the
// unigram section is complete by then, so its output is read regardless of the exit status.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { loadDictionary } from '../../src/adapters/transcription/local/lm/dictionary.ts';

const { values } = parseArgs({
  options: {
    top: { type: 'string', default: '20000' },
    'model-dir': { type: 'string', default: '/usr/share/pocketsphinx/model/en-us' },
  },
});
const out = resolve(import.meta.dirname, '../../src/adapters/transcription/local/lm/english-unigrams.txt');
const dir = await mkdtemp(join(tmpdir(), 'prior-'));
try {
  const arpa = join(dir, 'en-us.arpa');
  await promisify(execFile)('sphinx_lm_convert', ['-i', `${values['model-dir']}/en-us.lm.bin`, '-o', arpa, '-ofmt', 'arpa']).catch(() => undefined);
  const text = await readFile(arpa, 'utf8');
  const start = text.indexOf('\\1-grams:');
  const end = text.indexOf('\\2-grams:');
  if (start < 0) throw new Error('no unigram section in the converted model');
  const dictionary = await loadDictionary(`${values['model-dir']}/cmudict-en-us.dict`);
  const rows = text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 2 && /^[a-z][a-z']*$/.test(f[1]!) && dictionary.has(f[1]!))
    .map((f) => ({ word: f[1]!, logProb: Number(f[0]) }))
    .sort((a, b) => b.logProb - a.logProb || a.word.localeCompare(b.word))
    .slice(0, Number(values.top));
  await writeFile(out, `${rows.map((r) => `${r.word} ${r.logProb.toFixed(4)}`).join('\n')}\n`);
  process.stdout.write(`${rows.length} words → ${out}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
