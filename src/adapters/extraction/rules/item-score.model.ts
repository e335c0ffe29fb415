// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612615, // ownerRep
    0.387385, // ownerCustomer
    0.77668, // hasDueDate
    1.807901, // evidenceCount
    6.73654, // textWords
    3.512265, // objectWords
    0.103536, // pronounObject
    0.027397, // vagueText
    0.786556, // promise
    0.023893, // letMe
    0.150685, // question
    0.075183, // request
    0.080599, // conditional
    0.017203, // hedge
    0.027397, // obligation
    20.849315, // quoteWords
    0.503598, // position
    0.70859, // mentionedElsewhere
    0.408057, // mentionedLate
    5.259955, // callItems
    1.066338, // itemsPerTenTurns
    0.22555, // sameHead
    0.085916, // maxSimilarity
    0.122013, // sharedEvidence
    0.406817, // namedInText
    0.465116, // acknowledged
    0.004141, // verb add
    0.030583, // verb ask
    0.007009, // verb book
    0.028034, // verb call
    0.00446, // verb cancel
    0.034724, // verb check
    0.005097, // verb close
    0.008283, // verb confirm
    0.004141, // verb countersign
    0.005097, // verb deactivate
    0.00446, // verb delete
    0.021982, // verb email
    0.005734, // verb extend
    0.008283, // verb fill
    0.00446, // verb find
    0.017203, // verb forward
    0.031857, // verb get
    0.004141, // verb give
    0.163428, // verb have
    0.050972, // verb hold
    0.007327, // verb pass
    0.014654, // verb put
    0.005734, // verb run
    0.005416, // verb schedule
    0.369544, // verb send
    0.018159, // verb set
    0.004779, // verb share
    0.005734, // verb ship
    0.020389, // verb sign
    0.009557, // verb take
    0.009876, // verb talk
    0.005734, // verb write
  ],
  scale: [
    0.487153, // ownerRep
    0.487153, // ownerCustomer
    0.416471, // hasDueDate
    0.717764, // evidenceCount
    2.997138, // textWords
    1.915903, // objectWords
    0.304658, // pronounObject
    0.163238, // vagueText
    0.409738, // promise
    0.152716, // letMe
    0.357742, // question
    0.263687, // request
    0.272218, // conditional
    0.130027, // hedge
    0.163238, // obligation
    10.343938, // quoteWords
    0.202766, // position
    0.319181, // mentionedElsewhere
    0.378537, // mentionedLate
    1.509857, // callItems
    0.41034, // itemsPerTenTurns
    0.475695, // sameHead
    0.106566, // maxSimilarity
    0.341589, // sharedEvidence
    0.49124, // namedInText
    0.498782, // acknowledged
    0.064221, // verb add
    0.172185, // verb ask
    0.083424, // verb book
    0.165071, // verb call
    0.066634, // verb cancel
    0.183081, // verb check
    0.071212, // verb close
    0.090633, // verb confirm
    0.064221, // verb countersign
    0.071212, // verb deactivate
    0.066634, // verb delete
    0.146623, // verb email
    0.075508, // verb extend
    0.090633, // verb fill
    0.066634, // verb find
    0.130027, // verb forward
    0.17562, // verb get
    0.064221, // verb give
    0.369756, // verb have
    0.21994, // verb hold
    0.085285, // verb pass
    0.120165, // verb put
    0.075508, // verb run
    0.073392, // verb schedule
    0.482681, // verb send
    0.133525, // verb set
    0.068962, // verb share
    0.075508, // verb ship
    0.141326, // verb sign
    0.097293, // verb take
    0.098885, // verb talk
    0.075508, // verb write
  ],
  weights: [
    -0.102968, // ownerRep
    0.102968, // ownerCustomer
    0.309252, // hasDueDate
    0.249013, // evidenceCount
    0.275255, // textWords
    0.85311, // objectWords
    -0.310742, // pronounObject
    0.057101, // vagueText
    0.194465, // promise
    -0.18247, // letMe
    -0.004064, // question
    -0.184804, // request
    -0.187812, // conditional
    -0.095555, // hedge
    -0.09004, // obligation
    0.570285, // quoteWords
    0.004713, // position
    0.147675, // mentionedElsewhere
    0.154073, // mentionedLate
    -0.624521, // callItems
    0.417097, // itemsPerTenTurns
    -0.121988, // sameHead
    -0.370586, // maxSimilarity
    -0.044549, // sharedEvidence
    0.083764, // namedInText
    0.184085, // acknowledged
    -0.082694, // verb add
    -0.046838, // verb ask
    0.049929, // verb book
    -0.102286, // verb call
    0.109428, // verb cancel
    -0.047931, // verb check
    0.024239, // verb close
    0.0828, // verb confirm
    0.075807, // verb countersign
    0.130965, // verb deactivate
    -0.100991, // verb delete
    0.148518, // verb email
    0.052207, // verb extend
    0.180569, // verb fill
    -0.000629, // verb find
    0.224044, // verb forward
    -0.084428, // verb get
    -0.080088, // verb give
    0.235794, // verb have
    0.187957, // verb hold
    -0.008696, // verb pass
    -0.042161, // verb put
    0.113132, // verb run
    -0.008921, // verb schedule
    0.358689, // verb send
    0.11375, // verb set
    0.307808, // verb share
    0.024201, // verb ship
    0.03154, // verb sign
    -0.112969, // verb take
    -0.192024, // verb talk
    -0.079088, // verb write
  ],
  bias: 2.070113,
  threshold: 0.39,
  trainedOn: "654 English dev calls, 3139 tasks; held out in 5 folds: AUC 0.848, at the threshold 2404 of 2482 real tasks kept and 410 of 657 others",
};
