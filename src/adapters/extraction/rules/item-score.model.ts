// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610144, // ownerRep
    0.389856, // ownerCustomer
    0.77788, // hasDueDate
    1.826764, // evidenceCount
    6.792545, // textWords
    3.545982, // objectWords
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
    0.401523, // mentionedLate
    5.167125, // callItems
    1.045097, // itemsPerTenTurns
    0.217843, // sameHead
    0.081139, // maxSimilarity
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
    3.010225, // textWords
    1.923636, // objectWords
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
    0.377263, // mentionedLate
    1.491557, // callItems
    0.408226, // itemsPerTenTurns
    0.466304, // sameHead
    0.103142, // maxSimilarity
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
    -0.104795, // ownerRep
    0.104795, // ownerCustomer
    0.385806, // hasDueDate
    0.17816, // evidenceCount
    0.214851, // textWords
    0.871607, // objectWords
    -0.295069, // pronounObject
    0.007366, // vagueText
    0.215431, // promise
    -0.173637, // letMe
    0.026873, // question
    -0.212261, // request
    -0.217934, // conditional
    -0.082714, // hedge
    -0.064278, // obligation
    0.68309, // quoteWords
    0.002254, // position
    0.177897, // mentionedElsewhere
    0.152111, // mentionedLate
    -0.61399, // callItems
    0.409913, // itemsPerTenTurns
    -0.148652, // sameHead
    -0.317489, // maxSimilarity
    -0.014559, // sharedEvidence
    0.100378, // namedInText
    0.167824, // acknowledged
    -0.047485, // verb add
    -0.037246, // verb ask
    0.076286, // verb book
    -0.018611, // verb call
    0.107965, // verb cancel
    -0.002647, // verb check
    0.040719, // verb close
    0.134552, // verb confirm
    0.087902, // verb countersign
    0.101256, // verb deactivate
    0.159266, // verb email
    0.05064, // verb extend
    0.160756, // verb fill
    0.042012, // verb find
    0.229653, // verb forward
    -0.101578, // verb get
    -0.101956, // verb give
    0.242164, // verb have
    0.17913, // verb hold
    -0.006759, // verb pass
    -0.038331, // verb put
    0.105857, // verb run
    -0.029368, // verb schedule
    0.344218, // verb send
    0.067324, // verb set
    0.288706, // verb share
    0.069131, // verb ship
    0.026563, // verb sign
    -0.1352, // verb take
    -0.153476, // verb talk
    0.00752, // verb update
    -0.094763, // verb write
  ],
  bias: 2.218539,
  threshold: 0.35,
  trainedOn: "694 English dev calls, 3273 tasks; held out in 5 folds: AUC 0.856, at the threshold 2572 of 2632 real tasks kept and 411 of 641 others",
};
