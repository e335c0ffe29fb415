// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609638, // ownerRep
    0.390362, // ownerCustomer
    0.776197, // hasDueDate
    1.822445, // evidenceCount
    6.792044, // textWords
    3.545925, // objectWords
    0.104787, // pronounObject
    0.026197, // vagueText
    0.786546, // promise
    0.02458, // letMe
    0.152329, // question
    0.076326, // request
    0.081501, // conditional
    0.017464, // hedge
    0.02749, // obligation
    20.987387, // quoteWords
    0.50162, // position
    0.706016, // mentionedElsewhere
    0.404671, // mentionedLate
    5.184347, // callItems
    1.050832, // itemsPerTenTurns
    0.219599, // sameHead
    0.082484, // maxSimilarity
    0.108344, // sharedEvidence
    0.406856, // namedInText
    0.465395, // acknowledged
    0.004204, // verb add
    0.030724, // verb ask
    0.007115, // verb book
    0.02652, // verb call
    0.004528, // verb cancel
    0.033635, // verb check
    0.005175, // verb close
    0.007762, // verb confirm
    0.004204, // verb countersign
    0.005175, // verb deactivate
    0.021992, // verb email
    0.005821, // verb extend
    0.008409, // verb fill
    0.004204, // verb find
    0.017464, // verb forward
    0.031695, // verb get
    0.003881, // verb give
    0.165589, // verb have
    0.051746, // verb hold
    0.007439, // verb pass
    0.014554, // verb put
    0.005821, // verb run
    0.005498, // verb schedule
    0.372574, // verb send
    0.017788, // verb set
    0.004851, // verb share
    0.005498, // verb ship
    0.020699, // verb sign
    0.009379, // verb take
    0.008409, // verb talk
    0.005821, // verb write
  ],
  scale: [
    0.487831, // ownerRep
    0.487831, // ownerCustomer
    0.416792, // hasDueDate
    0.718793, // evidenceCount
    3.018769, // textWords
    1.927912, // objectWords
    0.306278, // pronounObject
    0.15972, // vagueText
    0.409746, // promise
    0.15484, // letMe
    0.359339, // question
    0.265519, // request
    0.273602, // conditional
    0.130994, // hedge
    0.163507, // obligation
    10.433218, // quoteWords
    0.201283, // position
    0.319504, // mentionedElsewhere
    0.377763, // mentionedLate
    1.497402, // callItems
    0.409254, // itemsPerTenTurns
    0.466155, // sameHead
    0.105051, // maxSimilarity
    0.32306, // sharedEvidence
    0.491248, // namedInText
    0.498801, // acknowledged
    0.064705, // verb add
    0.17257, // verb ask
    0.084051, // verb book
    0.160676, // verb call
    0.067137, // verb cancel
    0.180288, // verb check
    0.071749, // verb close
    0.087759, // verb confirm
    0.064705, // verb countersign
    0.071749, // verb deactivate
    0.146658, // verb email
    0.076076, // verb extend
    0.091313, // verb fill
    0.064705, // verb find
    0.130994, // verb forward
    0.175186, // verb get
    0.062177, // verb give
    0.371711, // verb have
    0.221515, // verb hold
    0.085926, // verb pass
    0.119758, // verb put
    0.076076, // verb run
    0.073945, // verb schedule
    0.48349, // verb send
    0.13218, // verb set
    0.069482, // verb share
    0.073945, // verb ship
    0.142373, // verb sign
    0.09639, // verb take
    0.091313, // verb talk
    0.076076, // verb write
  ],
  weights: [
    -0.096277, // ownerRep
    0.096277, // ownerCustomer
    0.339012, // hasDueDate
    0.206454, // evidenceCount
    0.223021, // textWords
    0.864385, // objectWords
    -0.300325, // pronounObject
    0.021361, // vagueText
    0.199409, // promise
    -0.187515, // letMe
    -0.019562, // question
    -0.194165, // request
    -0.192797, // conditional
    -0.096601, // hedge
    -0.095641, // obligation
    0.599455, // quoteWords
    -0.008579, // position
    0.179544, // mentionedElsewhere
    0.14186, // mentionedLate
    -0.617995, // callItems
    0.424326, // itemsPerTenTurns
    -0.160606, // sameHead
    -0.31843, // maxSimilarity
    0.024554, // sharedEvidence
    0.093473, // namedInText
    0.167436, // acknowledged
    -0.082103, // verb add
    -0.021793, // verb ask
    0.052878, // verb book
    -0.061254, // verb call
    0.112314, // verb cancel
    -0.004014, // verb check
    0.031125, // verb close
    0.133048, // verb confirm
    0.076167, // verb countersign
    0.104706, // verb deactivate
    0.164858, // verb email
    0.053961, // verb extend
    0.166603, // verb fill
    0.048398, // verb find
    0.233462, // verb forward
    -0.074078, // verb get
    -0.076451, // verb give
    0.234951, // verb have
    0.186028, // verb hold
    -0.004064, // verb pass
    -0.045797, // verb put
    0.112998, // verb run
    -0.01087, // verb schedule
    0.373353, // verb send
    0.095412, // verb set
    0.298187, // verb share
    0.058852, // verb ship
    0.028383, // verb sign
    -0.123699, // verb take
    -0.140591, // verb talk
    -0.076577, // verb write
  ],
  bias: 2.154411,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3092 tasks; held out in 5 folds: AUC 0.849, at the threshold 2410 of 2477 real tasks kept and 401 of 615 others",
};
