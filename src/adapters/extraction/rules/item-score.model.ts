// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610023, // ownerRep
    0.389977, // ownerCustomer
    0.783986, // hasDueDate
    1.838998, // evidenceCount
    6.798099, // textWords
    3.557028, // objectWords
    0.105415, // pronounObject
    0.025346, // vagueText
    0.789459, // promise
    0.025058, // letMe
    0.165611, // question
    0.076613, // request
    0.079781, // conditional
    0.020161, // hedge
    0.028802, // obligation
    21.254032, // quoteWords
    0.502098, // position
    0.706324, // mentionedElsewhere
    0.399917, // mentionedLate
    5.114343, // callItems
    1.030007, // itemsPerTenTurns
    0.211694, // sameHead
    0.08091, // maxSimilarity
    0.099078, // sharedEvidence
    0.410138, // namedInText
    0.457373, // acknowledged
    0.003744, // verb add
    0.031394, // verb ask
    0.007776, // verb book
    0.027362, // verb call
    0.005184, // verb cancel
    0.029378, // verb check
    0.004896, // verb close
    0.009505, // verb confirm
    0.004032, // verb countersign
    0.004608, // verb deactivate
    0.022465, // verb email
    0.005184, // verb extend
    0.008065, // verb fill
    0.004896, // verb find
    0.016417, // verb forward
    0.033122, // verb get
    0.004032, // verb give
    0.171947, // verb have
    0.051555, // verb hold
    0.0072, // verb pass
    0.003744, // verb pull
    0.015841, // verb put
    0.00576, // verb run
    0.005472, // verb schedule
    0.370968, // verb send
    0.016993, // verb set
    0.00432, // verb share
    0.006048, // verb ship
    0.019297, // verb sign
    0.008641, // verb take
    0.007776, // verb talk
    0.004032, // verb update
    0.005472, // verb write
  ],
  scale: [
    0.487745, // ownerRep
    0.487745, // ownerCustomer
    0.411524, // hasDueDate
    0.725403, // evidenceCount
    2.985925, // textWords
    1.906416, // objectWords
    0.307087, // pronounObject
    0.157173, // vagueText
    0.407693, // promise
    0.1563, // letMe
    0.371731, // question
    0.265976, // request
    0.270954, // conditional
    0.140552, // hedge
    0.167249, // obligation
    10.490065, // quoteWords
    0.201684, // position
    0.319001, // mentionedElsewhere
    0.375742, // mentionedLate
    1.458687, // callItems
    0.399062, // itemsPerTenTurns
    0.457089, // sameHead
    0.103155, // maxSimilarity
    0.307321, // sharedEvidence
    0.491859, // namedInText
    0.49818, // acknowledged
    0.061076, // verb add
    0.17438, // verb ask
    0.087841, // verb book
    0.163135, // verb call
    0.071815, // verb cancel
    0.168863, // verb check
    0.069802, // verb close
    0.097027, // verb confirm
    0.063372, // verb countersign
    0.067728, // verb deactivate
    0.148192, // verb email
    0.071815, // verb extend
    0.08944, // verb fill
    0.069802, // verb find
    0.127073, // verb forward
    0.178955, // verb get
    0.063372, // verb give
    0.377334, // verb have
    0.221127, // verb hold
    0.084549, // verb pass
    0.061076, // verb pull
    0.12486, // verb put
    0.075678, // verb run
    0.073773, // verb schedule
    0.483064, // verb send
    0.129245, // verb set
    0.065587, // verb share
    0.077536, // verb ship
    0.137568, // verb sign
    0.092552, // verb take
    0.087841, // verb talk
    0.063372, // verb update
    0.073773, // verb write
  ],
  weights: [
    -0.092862, // ownerRep
    0.092862, // ownerCustomer
    0.393815, // hasDueDate
    0.16425, // evidenceCount
    0.276793, // textWords
    0.813409, // objectWords
    -0.324874, // pronounObject
    0.001824, // vagueText
    0.178978, // promise
    -0.168183, // letMe
    0.032407, // question
    -0.208131, // request
    -0.209055, // conditional
    -0.072323, // hedge
    -0.054728, // obligation
    0.68169, // quoteWords
    -0.008347, // position
    0.171214, // mentionedElsewhere
    0.172312, // mentionedLate
    -0.64683, // callItems
    0.441689, // itemsPerTenTurns
    -0.15778, // sameHead
    -0.325025, // maxSimilarity
    -0.01193, // sharedEvidence
    0.123594, // namedInText
    0.162117, // acknowledged
    -0.044971, // verb add
    -0.02634, // verb ask
    0.085097, // verb book
    -0.05932, // verb call
    0.050914, // verb cancel
    -0.008386, // verb check
    0.041567, // verb close
    0.102957, // verb confirm
    0.082904, // verb countersign
    0.098755, // verb deactivate
    0.16676, // verb email
    0.049824, // verb extend
    0.170808, // verb fill
    0.055571, // verb find
    0.234875, // verb forward
    -0.104787, // verb get
    -0.098193, // verb give
    0.250388, // verb have
    0.139788, // verb hold
    -0.000271, // verb pass
    -0.026075, // verb pull
    -0.051392, // verb put
    0.082741, // verb run
    -0.03669, // verb schedule
    0.35353, // verb send
    0.076883, // verb set
    0.284127, // verb share
    0.025008, // verb ship
    0.027963, // verb sign
    -0.143606, // verb take
    -0.150821, // verb talk
    0.010977, // verb update
    -0.091427, // verb write
  ],
  bias: 2.213521,
  threshold: 0.38,
  trainedOn: "742 English dev calls, 3472 tasks; held out in 5 folds: AUC 0.853, at the threshold 2718 of 2792 real tasks kept and 411 of 680 others",
};
