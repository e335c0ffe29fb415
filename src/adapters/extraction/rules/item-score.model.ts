// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","confirm","deactivate","email","extend","fill","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","sign","talk"],
  mean: [
    0.612738, // ownerRep
    0.387262, // ownerCustomer
    0.765225, // hasDueDate
    1.778708, // evidenceCount
    6.611344, // textWords
    3.434682, // objectWords
    0.104138, // pronounObject
    0.030683, // vagueText
    0.782892, // promise
    0.024175, // letMe
    0.152952, // question
    0.076244, // request
    0.086471, // conditional
    0.015807, // hedge
    0.026964, // obligation
    20.567178, // quoteWords
    0.513426, // position
    0.706782, // mentionedElsewhere
    0.408428, // mentionedLate
    5.398884, // callItems
    1.122125, // itemsPerTenTurns
    0.224547, // sameHead
    0.085042, // maxSimilarity
    0.11762, // sharedEvidence
    0.407252, // namedInText
    0.470014, // acknowledged
    0.026034, // verb ask
    0.006974, // verb book
    0.025105, // verb call
    0.033473, // verb check
    0.006974, // verb confirm
    0.006044, // verb deactivate
    0.02464, // verb email
    0.007438, // verb extend
    0.007903, // verb fill
    0.018131, // verb forward
    0.034868, // verb get
    0.005579, // verb give
    0.160855, // verb have
    0.053464, // verb hold
    0.007438, // verb pass
    0.017666, // verb put
    0.006044, // verb run
    0.005579, // verb schedule
    0.364482, // verb send
    0.018596, // verb set
    0.006044, // verb share
    0.02185, // verb sign
    0.008368, // verb talk
  ],
  scale: [
    0.487124, // ownerRep
    0.487124, // ownerCustomer
    0.423858, // hasDueDate
    0.700888, // evidenceCount
    2.989606, // textWords
    1.912616, // objectWords
    0.305439, // pronounObject
    0.172458, // vagueText
    0.412277, // promise
    0.153592, // letMe
    0.359941, // question
    0.265387, // request
    0.281059, // conditional
    0.124727, // hedge
    0.161979, // obligation
    10.133099, // quoteWords
    0.200015, // position
    0.323362, // mentionedElsewhere
    0.383991, // mentionedLate
    1.573809, // callItems
    0.453266, // itemsPerTenTurns
    0.47364, // sameHead
    0.105168, // maxSimilarity
    0.344474, // sharedEvidence
    0.491323, // namedInText
    0.4991, // acknowledged
    0.159238, // verb ask
    0.083216, // verb book
    0.156443, // verb call
    0.179868, // verb check
    0.083216, // verb confirm
    0.077506, // verb deactivate
    0.155024, // verb email
    0.085925, // verb extend
    0.088549, // verb fill
    0.133426, // verb forward
    0.183444, // verb get
    0.074483, // verb give
    0.367398, // verb have
    0.224956, // verb hold
    0.085925, // verb pass
    0.131735, // verb put
    0.077506, // verb run
    0.074483, // verb schedule
    0.481285, // verb send
    0.135093, // verb set
    0.077506, // verb share
    0.146195, // verb sign
    0.091094, // verb talk
  ],
  weights: [
    -0.158442, // ownerRep
    0.158442, // ownerCustomer
    0.294185, // hasDueDate
    0.123218, // evidenceCount
    0.034373, // textWords
    1.060643, // objectWords
    -0.247681, // pronounObject
    0.0249, // vagueText
    0.259642, // promise
    -0.097242, // letMe
    0.180779, // question
    -0.361391, // request
    -0.208433, // conditional
    -0.062038, // hedge
    -0.10069, // obligation
    0.651874, // quoteWords
    0.004779, // position
    0.273456, // mentionedElsewhere
    0.072986, // mentionedLate
    -0.699182, // callItems
    0.483644, // itemsPerTenTurns
    -0.088458, // sameHead
    -0.43531, // maxSimilarity
    0.008742, // sharedEvidence
    0.09825, // namedInText
    0.224192, // acknowledged
    0.018704, // verb ask
    0.03271, // verb book
    -0.149738, // verb call
    0.017065, // verb check
    0.079891, // verb confirm
    0.156397, // verb deactivate
    0.140824, // verb email
    0.155617, // verb extend
    0.50027, // verb fill
    0.303833, // verb forward
    -0.004558, // verb get
    -0.073675, // verb give
    0.298135, // verb have
    0.227504, // verb hold
    0.043329, // verb pass
    -0.010642, // verb put
    0.110635, // verb run
    0.012334, // verb schedule
    0.521796, // verb send
    0.214676, // verb set
    0.30969, // verb share
    0.084915, // verb sign
    -0.119696, // verb talk
  ],
  bias: 2.151095,
  threshold: 0.31,
  trainedOn: "438 English dev calls, 2151 tasks; held out in 5 folds: AUC 0.850, at the threshold 1666 of 1701 real tasks kept and 318 of 450 others",
};
