// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.606733, // ownerRep
    0.393267, // ownerCustomer
    0.781943, // hasDueDate
    1.641928, // evidenceCount
    6.602142, // textWords
    3.443764, // objectWords
    0.10023, // pronounObject
    0.024484, // vagueText
    0.749809, // promise
    0.019128, // letMe
    0.148432, // question
    0.083397, // request
    0.06886, // conditional
    0.015302, // hedge
    0.021423, // obligation
    18.785004, // quoteWords
    0.520878, // position
    0.700873, // mentionedElsewhere
    0.36405, // mentionedLate
    5.166794, // callItems
    1.16115, // itemsPerTenTurns
    0.197399, // sameHead
    0.081015, // maxSimilarity
    0.045907, // sharedEvidence
    0.390207, // namedInText
    0.497322, // acknowledged
    0.023718, // verb ask
    0.019128, // verb call
    0.03443, // verb check
    0.023718, // verb email
    0.009181, // verb extend
    0.019893, // verb forward
    0.03443, // verb get
    0.159908, // verb have
    0.054323, // verb hold
    0.012242, // verb put
    0.381025, // verb send
    0.016067, // verb set
    0.023718, // verb sign
  ],
  scale: [
    0.488475, // ownerRep
    0.488475, // ownerCustomer
    0.412926, // hasDueDate
    0.66179, // evidenceCount
    2.975945, // textWords
    1.923283, // objectWords
    0.300306, // pronounObject
    0.154545, // vagueText
    0.433123, // promise
    0.136974, // letMe
    0.355527, // question
    0.276481, // request
    0.253216, // conditional
    0.122752, // hedge
    0.14479, // obligation
    9.85653, // quoteWords
    0.196584, // position
    0.328415, // mentionedElsewhere
    0.377195, // mentionedLate
    1.515954, // callItems
    0.506565, // itemsPerTenTurns
    0.438289, // sameHead
    0.104445, // maxSimilarity
    0.230175, // sharedEvidence
    0.487796, // namedInText
    0.499993, // acknowledged
    0.152171, // verb ask
    0.136974, // verb call
    0.182331, // verb check
    0.152171, // verb email
    0.095378, // verb extend
    0.139632, // verb forward
    0.182331, // verb get
    0.366521, // verb have
    0.226654, // verb hold
    0.109963, // verb put
    0.485639, // verb send
    0.125735, // verb set
    0.152171, // verb sign
  ],
  weights: [
    -0.060661, // ownerRep
    0.060661, // ownerCustomer
    0.268617, // hasDueDate
    0.439371, // evidenceCount
    0.087658, // textWords
    0.908909, // objectWords
    -0.326113, // pronounObject
    -0.073124, // vagueText
    0.134328, // promise
    -0.168401, // letMe
    0.008053, // question
    -0.332139, // request
    -0.198217, // conditional
    -0.061914, // hedge
    -0.132438, // obligation
    0.619441, // quoteWords
    0.102842, // position
    0.171374, // mentionedElsewhere
    0.117243, // mentionedLate
    -0.661071, // callItems
    0.423151, // itemsPerTenTurns
    0.032208, // sameHead
    -0.346193, // maxSimilarity
    -0.182357, // sharedEvidence
    0.062466, // namedInText
    0.184844, // acknowledged
    -0.005826, // verb ask
    -0.257995, // verb call
    0.011544, // verb check
    0.044213, // verb email
    0.090191, // verb extend
    0.66916, // verb forward
    -0.010412, // verb get
    0.217276, // verb have
    0.045743, // verb hold
    -0.024478, // verb put
    0.29628, // verb send
    0.050271, // verb set
    0.034068, // verb sign
  ],
  bias: 2.521523,
  threshold: 0.29,
  trainedOn: "278 English dev calls, 1307 tasks; held out in 5 folds: AUC 0.830, at the threshold 1076 of 1089 real tasks kept and 184 of 218 others",
};
