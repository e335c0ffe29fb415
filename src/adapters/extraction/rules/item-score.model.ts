// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.606733, // ownerRep
    0.393267, // ownerCustomer
    0.781943, // hasDueDate
    1.641928, // evidenceCount
    6.611324, // textWords
    3.44912, // objectWords
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
    5.27697, // callItems
    1.182863, // itemsPerTenTurns
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
    3.010381, // textWords
    1.944794, // objectWords
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
    1.84182, // callItems
    0.60574, // itemsPerTenTurns
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
    -0.067022, // ownerRep
    0.067022, // ownerCustomer
    0.277229, // hasDueDate
    0.470791, // evidenceCount
    0.096044, // textWords
    0.901809, // objectWords
    -0.305601, // pronounObject
    -0.071246, // vagueText
    0.165805, // promise
    -0.17335, // letMe
    -0.023439, // question
    -0.311858, // request
    -0.178753, // conditional
    -0.061915, // hedge
    -0.149867, // obligation
    0.602756, // quoteWords
    0.092627, // position
    0.19922, // mentionedElsewhere
    0.129076, // mentionedLate
    -0.648198, // callItems
    0.605303, // itemsPerTenTurns
    0.048218, // sameHead
    -0.359067, // maxSimilarity
    -0.178917, // sharedEvidence
    0.077898, // namedInText
    0.194088, // acknowledged
    -0.009436, // verb ask
    -0.246873, // verb call
    0.027238, // verb check
    0.045193, // verb email
    0.090142, // verb extend
    0.653228, // verb forward
    -0.009252, // verb get
    0.222525, // verb have
    0.06284, // verb hold
    -0.022599, // verb put
    0.317956, // verb send
    0.046881, // verb set
    0.037416, // verb sign
  ],
  bias: 2.528691,
  threshold: 0.3,
  trainedOn: "278 English dev calls, 1307 tasks; held out in 5 folds: AUC 0.835, at the threshold 1068 of 1089 real tasks kept and 181 of 218 others",
};
