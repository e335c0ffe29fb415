// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610144, // ownerRep
    0.389856, // ownerCustomer
    0.77788, // hasDueDate
    1.826459, // evidenceCount
    6.793767, // textWords
    3.546899, // objectWords
    0.107547, // pronounObject
    0.027192, // vagueText
    0.786434, // promise
    0.024748, // letMe
    0.167125, // question
    0.075771, // request
    0.080965, // conditional
    0.020776, // hedge
    0.029025, // obligation
    21.307974, // quoteWords
    0.501509, // position
    0.705017, // mentionedElsewhere
    0.402007, // mentionedLate
    5.167125, // callItems
    1.045097, // itemsPerTenTurns
    0.217843, // sameHead
    0.081232, // maxSimilarity
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
    0.719725, // evidenceCount
    3.009903, // textWords
    1.922661, // objectWords
    0.309807, // pronounObject
    0.162643, // vagueText
    0.409823, // promise
    0.155356, // letMe
    0.373087, // question
    0.264632, // request
    0.272782, // conditional
    0.142634, // hedge
    0.167878, // obligation
    10.585366, // quoteWords
    0.200802, // position
    0.32013, // mentionedElsewhere
    0.377313, // mentionedLate
    1.491557, // callItems
    0.408226, // itemsPerTenTurns
    0.466304, // sameHead
    0.103167, // maxSimilarity
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
    -0.104468, // ownerRep
    0.104468, // ownerCustomer
    0.38691, // hasDueDate
    0.186392, // evidenceCount
    0.230256, // textWords
    0.855632, // objectWords
    -0.295904, // pronounObject
    0.007074, // vagueText
    0.211584, // promise
    -0.174703, // letMe
    0.017089, // question
    -0.209024, // request
    -0.216757, // conditional
    -0.088259, // hedge
    -0.063778, // obligation
    0.67677, // quoteWords
    0.0032, // position
    0.177247, // mentionedElsewhere
    0.158858, // mentionedLate
    -0.617309, // callItems
    0.410289, // itemsPerTenTurns
    -0.153308, // sameHead
    -0.316777, // maxSimilarity
    -0.014887, // sharedEvidence
    0.108365, // namedInText
    0.171794, // acknowledged
    -0.047904, // verb add
    -0.038424, // verb ask
    0.076037, // verb book
    -0.020445, // verb call
    0.108017, // verb cancel
    -0.003272, // verb check
    0.041216, // verb close
    0.134259, // verb confirm
    0.087709, // verb countersign
    0.101426, // verb deactivate
    0.15973, // verb email
    0.049984, // verb extend
    0.160744, // verb fill
    0.043357, // verb find
    0.228835, // verb forward
    -0.10159, // verb get
    -0.102175, // verb give
    0.239398, // verb have
    0.190861, // verb hold
    -0.007885, // verb pass
    -0.037997, // verb put
    0.106001, // verb run
    -0.027672, // verb schedule
    0.345556, // verb send
    0.066513, // verb set
    0.28836, // verb share
    0.069895, // verb ship
    0.026973, // verb sign
    -0.136632, // verb take
    -0.154852, // verb talk
    0.00741, // verb update
    -0.095017, // verb write
  ],
  bias: 2.222367,
  threshold: 0.35,
  trainedOn: "694 English dev calls, 3273 tasks; held out in 5 folds: AUC 0.857, at the threshold 2573 of 2633 real tasks kept and 411 of 640 others",
};
