// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.606432, // ownerRep
    0.393568, // ownerCustomer
    0.781776, // hasDueDate
    1.64242, // evidenceCount
    6.629403, // textWords
    3.460949, // objectWords
    0.100306, // pronounObject
    0.022205, // vagueText
    0.750383, // promise
    0.019142, // letMe
    0.148545, // question
    0.083461, // request
    0.068913, // conditional
    0.015314, // hedge
    0.02144, // obligation
    18.794028, // quoteWords
    0.520734, // position
    0.700723, // mentionedElsewhere
    0.363059, // mentionedLate
    5.163859, // callItems
    1.160927, // itemsPerTenTurns
    0.19755, // sameHead
    0.081099, // maxSimilarity
    0.045942, // sharedEvidence
    0.38974, // namedInText
    0.497703, // acknowledged
    0.023737, // verb ask
    0.018377, // verb call
    0.034456, // verb check
    0.023737, // verb email
    0.009188, // verb extend
    0.019908, // verb forward
    0.034456, // verb get
    0.160031, // verb have
    0.054364, // verb hold
    0.012251, // verb put
    0.381317, // verb send
    0.01608, // verb set
    0.023737, // verb sign
  ],
  scale: [
    0.488541, // ownerRep
    0.488541, // ownerCustomer
    0.41304, // hasDueDate
    0.662961, // evidenceCount
    2.981904, // textWords
    1.930751, // objectWords
    0.300408, // pronounObject
    0.14735, // vagueText
    0.432791, // promise
    0.137025, // letMe
    0.35564, // question
    0.276578, // request
    0.253306, // conditional
    0.122798, // hedge
    0.144844, // obligation
    9.864223, // quoteWords
    0.19659, // position
    0.327621, // mentionedElsewhere
    0.375964, // mentionedLate
    1.517871, // callItems
    0.507088, // itemsPerTenTurns
    0.438423, // sameHead
    0.10456, // maxSimilarity
    0.23026, // sharedEvidence
    0.487691, // namedInText
    0.499995, // acknowledged
    0.152227, // verb ask
    0.134309, // verb call
    0.182398, // verb check
    0.152227, // verb email
    0.095415, // verb extend
    0.139685, // verb forward
    0.182398, // verb get
    0.366634, // verb have
    0.226735, // verb hold
    0.110005, // verb put
    0.48571, // verb send
    0.125782, // verb set
    0.152227, // verb sign
  ],
  weights: [
    -0.055876, // ownerRep
    0.055876, // ownerCustomer
    0.27061, // hasDueDate
    0.440801, // evidenceCount
    0.071451, // textWords
    0.843529, // objectWords
    -0.318433, // pronounObject
    -0.030621, // vagueText
    0.145657, // promise
    -0.164523, // letMe
    0.01135, // question
    -0.341046, // request
    -0.216194, // conditional
    -0.060432, // hedge
    -0.128016, // obligation
    0.610092, // quoteWords
    0.10667, // position
    0.163923, // mentionedElsewhere
    0.130297, // mentionedLate
    -0.654453, // callItems
    0.41549, // itemsPerTenTurns
    0.035403, // sameHead
    -0.347787, // maxSimilarity
    -0.177129, // sharedEvidence
    0.071398, // namedInText
    0.180788, // acknowledged
    0.00376, // verb ask
    -0.294751, // verb call
    0.020006, // verb check
    0.048552, // verb email
    0.088086, // verb extend
    0.664289, // verb forward
    -0.011613, // verb get
    0.243354, // verb have
    0.044713, // verb hold
    -0.02015, // verb put
    0.310982, // verb send
    0.056727, // verb set
    0.032438, // verb sign
  ],
  bias: 2.487069,
  threshold: 0.3,
  trainedOn: "278 English dev calls, 1306 tasks; held out in 5 folds: AUC 0.823, at the threshold 1076 of 1089 real tasks kept and 183 of 217 others",
};
