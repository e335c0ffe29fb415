// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.60687, // ownerRep
    0.39313, // ownerCustomer
    0.782443, // hasDueDate
    1.640458, // evidenceCount
    6.592366, // textWords
    3.437405, // objectWords
    0.100763, // pronounObject
    0.025954, // vagueText
    0.750382, // promise
    0.019084, // letMe
    0.148092, // question
    0.083206, // request
    0.069466, // conditional
    0.016031, // hedge
    0.021374, // obligation
    18.759542, // quoteWords
    0.521136, // position
    0.69965, // mentionedElsewhere
    0.363216, // mentionedLate
    5.168702, // callItems
    1.163739, // itemsPerTenTurns
    0.196947, // sameHead
    0.08083, // maxSimilarity
    0.045802, // sharedEvidence
    0.390076, // namedInText
    0.49771, // acknowledged
    0.023664, // verb ask
    0.019847, // verb call
    0.034351, // verb check
    0.023664, // verb email
    0.00916, // verb extend
    0.019847, // verb forward
    0.034351, // verb get
    0.159542, // verb have
    0.054198, // verb hold
    0.012214, // verb put
    0.380153, // verb send
    0.016031, // verb set
    0.023664, // verb sign
  ],
  scale: [
    0.488445, // ownerRep
    0.488445, // ownerCustomer
    0.412585, // hasDueDate
    0.661744, // evidenceCount
    2.979616, // textWords
    1.926189, // objectWords
    0.301015, // pronounObject
    0.158999, // vagueText
    0.432792, // promise
    0.13682, // letMe
    0.355191, // question
    0.276194, // request
    0.254244, // conditional
    0.125593, // hedge
    0.144628, // obligation
    9.860526, // quoteWords
    0.196559, // position
    0.329224, // mentionedElsewhere
    0.377165, // mentionedLate
    1.51927, // callItems
    0.507133, // itemsPerTenTurns
    0.437889, // sameHead
    0.104397, // maxSimilarity
    0.229922, // sharedEvidence
    0.487767, // namedInText
    0.499995, // acknowledged
    0.152, // verb ask
    0.139475, // verb call
    0.182129, // verb check
    0.152, // verb email
    0.09527, // verb extend
    0.139475, // verb forward
    0.182129, // verb get
    0.366181, // verb have
    0.226409, // verb hold
    0.109839, // verb put
    0.485424, // verb send
    0.125593, // verb set
    0.152, // verb sign
  ],
  weights: [
    -0.059919, // ownerRep
    0.059919, // ownerCustomer
    0.269143, // hasDueDate
    0.435244, // evidenceCount
    0.082164, // textWords
    0.915914, // objectWords
    -0.327728, // pronounObject
    -0.085797, // vagueText
    0.135663, // promise
    -0.166972, // letMe
    0.00816, // question
    -0.328989, // request
    -0.194799, // conditional
    -0.051021, // hedge
    -0.132963, // obligation
    0.616026, // quoteWords
    0.10073, // position
    0.179237, // mentionedElsewhere
    0.112754, // mentionedLate
    -0.681613, // callItems
    0.450132, // itemsPerTenTurns
    0.032848, // sameHead
    -0.347342, // maxSimilarity
    -0.180414, // sharedEvidence
    0.067852, // namedInText
    0.179746, // acknowledged
    -0.004937, // verb ask
    -0.250814, // verb call
    0.013299, // verb check
    0.045599, // verb email
    0.090488, // verb extend
    0.67191, // verb forward
    -0.006472, // verb get
    0.21813, // verb have
    0.045746, // verb hold
    -0.023129, // verb put
    0.301263, // verb send
    0.050287, // verb set
    0.034833, // verb sign
  ],
  bias: 2.514375,
  threshold: 0.25,
  trainedOn: "279 English dev calls, 1310 tasks; held out in 5 folds: AUC 0.832, at the threshold 1082 of 1090 real tasks kept and 188 of 220 others",
};
