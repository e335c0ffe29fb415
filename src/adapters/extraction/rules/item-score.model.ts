// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609203, // ownerRep
    0.390797, // ownerCustomer
    0.776734, // hasDueDate
    1.822424, // evidenceCount
    6.791316, // textWords
    3.548607, // objectWords
    0.105314, // pronounObject
    0.026896, // vagueText
    0.787427, // promise
    0.024627, // letMe
    0.151977, // question
    0.076474, // request
    0.081659, // conditional
    0.017498, // hedge
    0.02722, // obligation
    20.990279, // quoteWords
    0.501967, // position
    0.705827, // mentionedElsewhere
    0.404757, // mentionedLate
    5.169799, // callItems
    1.049288, // itemsPerTenTurns
    0.219378, // sameHead
    0.082058, // maxSimilarity
    0.107259, // sharedEvidence
    0.407323, // namedInText
    0.465327, // acknowledged
    0.004213, // verb add
    0.030784, // verb ask
    0.007129, // verb book
    0.026896, // verb call
    0.004537, // verb cancel
    0.033701, // verb check
    0.005185, // verb close
    0.007777, // verb confirm
    0.004213, // verb countersign
    0.005185, // verb deactivate
    0.022035, // verb email
    0.005833, // verb extend
    0.008425, // verb fill
    0.004213, // verb find
    0.017498, // verb forward
    0.031756, // verb get
    0.003889, // verb give
    0.165587, // verb have
    0.050551, // verb hold
    0.007453, // verb pass
    0.014582, // verb put
    0.005833, // verb run
    0.005509, // verb schedule
    0.372651, // verb send
    0.017822, // verb set
    0.004861, // verb share
    0.005509, // verb ship
    0.020739, // verb sign
    0.009397, // verb take
    0.008425, // verb talk
    0.005833, // verb write
  ],
  scale: [
    0.487929, // ownerRep
    0.487929, // ownerCustomer
    0.416435, // hasDueDate
    0.719303, // evidenceCount
    3.015063, // textWords
    1.928418, // objectWords
    0.306958, // pronounObject
    0.161778, // vagueText
    0.409128, // promise
    0.154987, // letMe
    0.358998, // question
    0.265756, // request
    0.273845, // conditional
    0.131119, // hedge
    0.162723, // obligation
    10.442319, // quoteWords
    0.20115, // position
    0.319662, // mentionedElsewhere
    0.377908, // mentionedLate
    1.488019, // callItems
    0.4099, // itemsPerTenTurns
    0.466117, // sameHead
    0.104237, // maxSimilarity
    0.321763, // sharedEvidence
    0.491336, // namedInText
    0.498796, // acknowledged
    0.064767, // verb add
    0.172733, // verb ask
    0.084132, // verb book
    0.161778, // verb call
    0.067201, // verb cancel
    0.180457, // verb check
    0.071818, // verb close
    0.087844, // verb confirm
    0.064767, // verb countersign
    0.071818, // verb deactivate
    0.146797, // verb email
    0.07615, // verb extend
    0.091401, // verb fill
    0.064767, // verb find
    0.131119, // verb forward
    0.175351, // verb get
    0.062237, // verb give
    0.371709, // verb have
    0.219079, // verb hold
    0.086009, // verb pass
    0.119872, // verb put
    0.07615, // verb run
    0.074016, // verb schedule
    0.48351, // verb send
    0.132306, // verb set
    0.069549, // verb share
    0.074016, // verb ship
    0.142509, // verb sign
    0.096483, // verb take
    0.091401, // verb talk
    0.07615, // verb write
  ],
  weights: [
    -0.09146, // ownerRep
    0.09146, // ownerCustomer
    0.344495, // hasDueDate
    0.214455, // evidenceCount
    0.229356, // textWords
    0.83331, // objectWords
    -0.302592, // pronounObject
    -0.002247, // vagueText
    0.2, // promise
    -0.18875, // letMe
    -0.03763, // question
    -0.190153, // request
    -0.200221, // conditional
    -0.106374, // hedge
    -0.079279, // obligation
    0.613946, // quoteWords
    -0.009125, // position
    0.190461, // mentionedElsewhere
    0.126307, // mentionedLate
    -0.600084, // callItems
    0.419392, // itemsPerTenTurns
    -0.157503, // sameHead
    -0.337904, // maxSimilarity
    0.033843, // sharedEvidence
    0.104941, // namedInText
    0.177952, // acknowledged
    -0.080754, // verb add
    -0.018646, // verb ask
    0.054474, // verb book
    -0.049305, // verb call
    0.112395, // verb cancel
    -0.004266, // verb check
    0.0313, // verb close
    0.132778, // verb confirm
    0.075963, // verb countersign
    0.106001, // verb deactivate
    0.163954, // verb email
    0.052489, // verb extend
    0.172336, // verb fill
    0.05505, // verb find
    0.233752, // verb forward
    -0.070988, // verb get
    -0.075628, // verb give
    0.249988, // verb have
    0.207704, // verb hold
    -0.002462, // verb pass
    -0.043354, // verb put
    0.114157, // verb run
    -0.007569, // verb schedule
    0.37988, // verb send
    0.096709, // verb set
    0.300169, // verb share
    0.060768, // verb ship
    0.029097, // verb sign
    -0.133653, // verb take
    -0.141042, // verb talk
    -0.07347, // verb write
  ],
  bias: 2.174101,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3086 tasks; held out in 5 folds: AUC 0.850, at the threshold 2408 of 2478 real tasks kept and 396 of 608 others",
};
