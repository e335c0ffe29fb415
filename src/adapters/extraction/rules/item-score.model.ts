// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610144, // ownerRep
    0.389856, // ownerCustomer
    0.77788, // hasDueDate
    1.826764, // evidenceCount
    6.794073, // textWords
    3.547204, // objectWords
    0.107547, // pronounObject
    0.027192, // vagueText
    0.786434, // promise
    0.024748, // letMe
    0.167125, // question
    0.075771, // request
    0.080965, // conditional
    0.020776, // hedge
    0.029025, // obligation
    21.311335, // quoteWords
    0.501509, // position
    0.704737, // mentionedElsewhere
    0.401727, // mentionedLate
    5.167125, // callItems
    1.045097, // itemsPerTenTurns
    0.217843, // sameHead
    0.081222, // maxSimilarity
    0.100825, // sharedEvidence
    0.407577, // namedInText
    0.461656, // acknowledged
    0.003972, // verb add
    0.031775, // verb ask
    0.007027, // verb book
    0.026276, // verb call
    0.004277, // verb cancel
    0.033303, // verb check
    0.005194, // verb close
    0.007638, // verb confirm
    0.004277, // verb countersign
    0.004888, // verb deactivate
    0.021387, // verb email
    0.0055, // verb extend
    0.007944, // verb fill
    0.004277, // verb find
    0.016804, // verb forward
    0.032081, // verb get
    0.004277, // verb give
    0.169569, // verb have
    0.051329, // verb hold
    0.007333, // verb pass
    0.015277, // verb put
    0.005805, // verb run
    0.005805, // verb schedule
    0.370914, // verb send
    0.018026, // verb set
    0.004583, // verb share
    0.0055, // verb ship
    0.020165, // verb sign
    0.00886, // verb take
    0.008249, // verb talk
    0.003972, // verb update
    0.005805, // verb write
  ],
  scale: [
    0.487718, // ownerRep
    0.487718, // ownerCustomer
    0.415672, // hasDueDate
    0.720011, // evidenceCount
    3.009873, // textWords
    1.922494, // objectWords
    0.309807, // pronounObject
    0.162643, // vagueText
    0.409823, // promise
    0.155356, // letMe
    0.373087, // question
    0.264632, // request
    0.272782, // conditional
    0.142634, // hedge
    0.167878, // obligation
    10.586061, // quoteWords
    0.200802, // position
    0.320173, // mentionedElsewhere
    0.377226, // mentionedLate
    1.491557, // callItems
    0.408226, // itemsPerTenTurns
    0.466304, // sameHead
    0.103168, // maxSimilarity
    0.310095, // sharedEvidence
    0.491384, // namedInText
    0.498528, // acknowledged
    0.062898, // verb add
    0.175401, // verb ask
    0.083533, // verb book
    0.159954, // verb call
    0.065262, // verb cancel
    0.179426, // verb check
    0.071882, // verb close
    0.087063, // verb confirm
    0.065262, // verb countersign
    0.069747, // verb deactivate
    0.144671, // verb email
    0.073955, // verb extend
    0.088773, // verb fill
    0.065262, // verb find
    0.128537, // verb forward
    0.176214, // verb get
    0.065262, // verb give
    0.375254, // verb have
    0.220668, // verb hold
    0.085317, // verb pass
    0.12265, // verb put
    0.07597, // verb run
    0.07597, // verb schedule
    0.483049, // verb send
    0.133046, // verb set
    0.067542, // verb share
    0.073955, // verb ship
    0.140564, // verb sign
    0.093712, // verb take
    0.09045, // verb talk
    0.062898, // verb update
    0.07597, // verb write
  ],
  weights: [
    -0.104456, // ownerRep
    0.104456, // ownerCustomer
    0.386578, // hasDueDate
    0.186477, // evidenceCount
    0.229207, // textWords
    0.856855, // objectWords
    -0.296649, // pronounObject
    0.007102, // vagueText
    0.21207, // promise
    -0.17467, // letMe
    0.017061, // question
    -0.209023, // request
    -0.216945, // conditional
    -0.088319, // hedge
    -0.063813, // obligation
    0.67728, // quoteWords
    0.00356, // position
    0.176328, // mentionedElsewhere
    0.158636, // mentionedLate
    -0.617737, // callItems
    0.410405, // itemsPerTenTurns
    -0.153046, // sameHead
    -0.316801, // maxSimilarity
    -0.014985, // sharedEvidence
    0.108305, // namedInText
    0.171395, // acknowledged
    -0.047888, // verb add
    -0.038473, // verb ask
    0.076029, // verb book
    -0.020542, // verb call
    0.107966, // verb cancel
    -0.003218, // verb check
    0.041183, // verb close
    0.134276, // verb confirm
    0.087769, // verb countersign
    0.101433, // verb deactivate
    0.159644, // verb email
    0.049997, // verb extend
    0.160784, // verb fill
    0.043295, // verb find
    0.228938, // verb forward
    -0.101517, // verb get
    -0.102239, // verb give
    0.238678, // verb have
    0.190999, // verb hold
    -0.007573, // verb pass
    -0.038088, // verb put
    0.10595, // verb run
    -0.027682, // verb schedule
    0.345496, // verb send
    0.06657, // verb set
    0.288377, // verb share
    0.069908, // verb ship
    0.027119, // verb sign
    -0.136653, // verb take
    -0.154862, // verb talk
    0.007388, // verb update
    -0.09506, // verb write
  ],
  bias: 2.222528,
  threshold: 0.35,
  trainedOn: "694 English dev calls, 3273 tasks; held out in 5 folds: AUC 0.857, at the threshold 2573 of 2633 real tasks kept and 412 of 640 others",
};
