// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610024, // ownerRep
    0.389976, // ownerCustomer
    0.778117, // hasDueDate
    1.827323, // evidenceCount
    6.793093, // textWords
    3.546149, // objectWords
    0.107579, // pronounObject
    0.0272, // vagueText
    0.786369, // promise
    0.024756, // letMe
    0.167176, // question
    0.075795, // request
    0.08099, // conditional
    0.020782, // hedge
    0.029034, // obligation
    21.31143, // quoteWords
    0.50144, // position
    0.7048, // mentionedElsewhere
    0.401697, // mentionedLate
    5.165342, // callItems
    1.044652, // itemsPerTenTurns
    0.217298, // sameHead
    0.081035, // maxSimilarity
    0.099633, // sharedEvidence
    0.407396, // namedInText
    0.461491, // acknowledged
    0.003973, // verb add
    0.031479, // verb ask
    0.007029, // verb book
    0.026284, // verb call
    0.004279, // verb cancel
    0.033313, // verb check
    0.005196, // verb close
    0.007641, // verb confirm
    0.004279, // verb countersign
    0.00489, // verb deactivate
    0.021394, // verb email
    0.005501, // verb extend
    0.007946, // verb fill
    0.004279, // verb find
    0.016809, // verb forward
    0.03209, // verb get
    0.004279, // verb give
    0.169621, // verb have
    0.051345, // verb hold
    0.007335, // verb pass
    0.015281, // verb put
    0.005807, // verb run
    0.005807, // verb schedule
    0.371027, // verb send
    0.018032, // verb set
    0.004584, // verb share
    0.005501, // verb ship
    0.020171, // verb sign
    0.008863, // verb take
    0.008252, // verb talk
    0.003973, // verb update
    0.005807, // verb write
  ],
  scale: [
    0.487744, // ownerRep
    0.487744, // ownerCustomer
    0.415513, // hasDueDate
    0.720686, // evidenceCount
    3.010522, // textWords
    1.923906, // objectWords
    0.309849, // pronounObject
    0.162667, // vagueText
    0.409869, // promise
    0.155379, // letMe
    0.373133, // question
    0.264669, // request
    0.27282, // conditional
    0.142655, // hedge
    0.167902, // obligation
    10.587966, // quoteWords
    0.200794, // position
    0.320202, // mentionedElsewhere
    0.37746, // mentionedLate
    1.491372, // callItems
    0.408076, // itemsPerTenTurns
    0.464675, // sameHead
    0.1031, // maxSimilarity
    0.308557, // sharedEvidence
    0.49135, // namedInText
    0.498515, // acknowledged
    0.062907, // verb add
    0.174609, // verb ask
    0.083546, // verb book
    0.159977, // verb call
    0.065272, // verb cancel
    0.179453, // verb check
    0.071893, // verb close
    0.087076, // verb confirm
    0.065272, // verb countersign
    0.069757, // verb deactivate
    0.144693, // verb email
    0.073966, // verb extend
    0.088787, // verb fill
    0.065272, // verb find
    0.128556, // verb forward
    0.17624, // verb get
    0.065272, // verb give
    0.3753, // verb have
    0.2207, // verb hold
    0.08533, // verb pass
    0.122669, // verb put
    0.075981, // verb run
    0.075981, // verb schedule
    0.48308, // verb send
    0.133066, // verb set
    0.067552, // verb share
    0.073966, // verb ship
    0.140585, // verb sign
    0.093726, // verb take
    0.090464, // verb talk
    0.062907, // verb update
    0.075981, // verb write
  ],
  weights: [
    -0.102812, // ownerRep
    0.102812, // ownerCustomer
    0.381949, // hasDueDate
    0.172552, // evidenceCount
    0.206044, // textWords
    0.87566, // objectWords
    -0.295365, // pronounObject
    0.007208, // vagueText
    0.21689, // promise
    -0.174398, // letMe
    0.029201, // question
    -0.213222, // request
    -0.220048, // conditional
    -0.083622, // hedge
    -0.064355, // obligation
    0.692642, // quoteWords
    0.004035, // position
    0.182928, // mentionedElsewhere
    0.150065, // mentionedLate
    -0.617085, // callItems
    0.410624, // itemsPerTenTurns
    -0.152385, // sameHead
    -0.318311, // maxSimilarity
    -0.014664, // sharedEvidence
    0.101688, // namedInText
    0.17155, // acknowledged
    -0.047907, // verb add
    -0.024656, // verb ask
    0.076321, // verb book
    -0.019726, // verb call
    0.108132, // verb cancel
    -0.004027, // verb check
    0.040164, // verb close
    0.134977, // verb confirm
    0.088463, // verb countersign
    0.101126, // verb deactivate
    0.16018, // verb email
    0.050534, // verb extend
    0.162454, // verb fill
    0.042287, // verb find
    0.231347, // verb forward
    -0.100865, // verb get
    -0.101969, // verb give
    0.244778, // verb have
    0.17954, // verb hold
    -0.00687, // verb pass
    -0.037897, // verb put
    0.105615, // verb run
    -0.028936, // verb schedule
    0.347055, // verb send
    0.068549, // verb set
    0.289065, // verb share
    0.069882, // verb ship
    0.027733, // verb sign
    -0.135061, // verb take
    -0.152596, // verb talk
    0.007594, // verb update
    -0.094292, // verb write
  ],
  bias: 2.22224,
  threshold: 0.38,
  trainedOn: "694 English dev calls, 3272 tasks; held out in 5 folds: AUC 0.856, at the threshold 2557 of 2632 real tasks kept and 392 of 640 others",
};
