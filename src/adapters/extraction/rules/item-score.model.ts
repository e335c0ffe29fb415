// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.607034, // ownerRep
    0.392966, // ownerCustomer
    0.78211, // hasDueDate
    1.641437, // evidenceCount
    6.608563, // textWords
    3.448012, // objectWords
    0.100153, // pronounObject
    0.024465, // vagueText
    0.75, // promise
    0.019113, // letMe
    0.148318, // question
    0.083333, // request
    0.069572, // conditional
    0.016055, // hedge
    0.021407, // obligation
    18.779052, // quoteWords
    0.521054, // position
    0.70072, // mentionedElsewhere
    0.363771, // mentionedLate
    5.2737, // callItems
    1.18387, // itemsPerTenTurns
    0.197248, // sameHead
    0.080953, // maxSimilarity
    0.045872, // sharedEvidence
    0.390673, // namedInText
    0.496942, // acknowledged
    0.0237, // verb ask
    0.019878, // verb call
    0.034404, // verb check
    0.0237, // verb email
    0.009174, // verb extend
    0.019878, // verb forward
    0.034404, // verb get
    0.159786, // verb have
    0.054281, // verb hold
    0.012232, // verb put
    0.380734, // verb send
    0.016055, // verb set
    0.0237, // verb sign
  ],
  scale: [
    0.488409, // ownerRep
    0.488409, // ownerCustomer
    0.412812, // hasDueDate
    0.661775, // evidenceCount
    3.010885, // textWords
    1.944463, // objectWords
    0.300204, // pronounObject
    0.154487, // vagueText
    0.433013, // promise
    0.136923, // letMe
    0.355415, // question
    0.276385, // request
    0.254424, // conditional
    0.125687, // hedge
    0.144736, // obligation
    9.85511, // quoteWords
    0.196611, // position
    0.328336, // mentionedElsewhere
    0.377185, // mentionedLate
    1.844907, // callItems
    0.606602, // itemsPerTenTurns
    0.438155, // sameHead
    0.104429, // maxSimilarity
    0.230091, // sharedEvidence
    0.487901, // namedInText
    0.499991, // acknowledged
    0.152114, // verb ask
    0.13958, // verb call
    0.182264, // verb check
    0.152114, // verb email
    0.095342, // verb extend
    0.13958, // verb forward
    0.182264, // verb get
    0.366407, // verb have
    0.226572, // verb hold
    0.109922, // verb put
    0.485567, // verb send
    0.125687, // verb set
    0.152114, // verb sign
  ],
  weights: [
    -0.066978, // ownerRep
    0.066978, // ownerCustomer
    0.280813, // hasDueDate
    0.465429, // evidenceCount
    0.090706, // textWords
    0.907855, // objectWords
    -0.304515, // pronounObject
    -0.073676, // vagueText
    0.169381, // promise
    -0.171683, // letMe
    -0.024624, // question
    -0.307735, // request
    -0.173728, // conditional
    -0.05032, // hedge
    -0.149963, // obligation
    0.5932, // quoteWords
    0.090013, // position
    0.202303, // mentionedElsewhere
    0.123842, // mentionedLate
    -0.667098, // callItems
    0.633701, // itemsPerTenTurns
    0.049327, // sameHead
    -0.360084, // maxSimilarity
    -0.176948, // sharedEvidence
    0.079528, // namedInText
    0.191407, // acknowledged
    -0.009024, // verb ask
    -0.241317, // verb call
    0.029168, // verb check
    0.045217, // verb email
    0.090418, // verb extend
    0.653811, // verb forward
    -0.009463, // verb get
    0.223678, // verb have
    0.063404, // verb hold
    -0.022371, // verb put
    0.319886, // verb send
    0.046832, // verb set
    0.036487, // verb sign
  ],
  bias: 2.528695,
  threshold: 0.3,
  trainedOn: "279 English dev calls, 1308 tasks; held out in 5 folds: AUC 0.835, at the threshold 1070 of 1090 real tasks kept and 181 of 218 others",
};
