import { describe, expect, it } from 'vitest';
import { parseSphinxOutput } from '../../../../src/adapters/transcription/local/pocketsphinx-output.ts';

const OUTPUT = `oh new ah you
<s> 0.000 0.150 0.999400
oh 0.160 0.370 0.591756
the(2) 0.380 0.830 0.090376
<sil> 0.840 1.010 1.000000
[NOISE] 1.020 1.390 0.004781
</s> 1.820 2.090 1.000000

<s> 2.500 2.650 1.000000
</s> 2.660 2.930 1.000000
i will
<s> 3.910 4.010 0.999800
i 4.020 4.130 0.787787
will 4.140 4.340 0.199471
</s> 5.940 6.350 1.000000
`;

describe('parseSphinxOutput', () => {
  it('gives one utterance per <s>…</s> block, without silence, noise or pronunciation markers', () => {
    const utterances = parseSphinxOutput(OUTPUT);
    expect(utterances.map((u) => u.map((w) => w.word).join(' '))).toEqual(['oh the', 'i will']);
    expect(utterances[1]![0]).toEqual({ word: 'i', startSec: 4.02, endSec: 4.13, confidence: 0.787787 });
  });

  it('gives nothing for silence', () => {
    expect(parseSphinxOutput('\n<s> 0.000 0.650 1.000000\n</s> 0.660 0.930 1.000000\n')).toEqual([]);
  });
});
