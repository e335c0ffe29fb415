// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610024, // ownerRep
    0.389976, // ownerCustomer
    0.778117, // hasDueDate
    1.819988, // evidenceCount
    6.793093, // textWords
    3.546149, // objectWords
    0.107579, // pronounObject
    0.0272, // vagueText
    0.786369, // promise
    0.02445, // letMe
    0.161675, // question
    0.075795, // request
    0.080379, // conditional
    0.020477, // hedge
    0.027812, // obligation
    21.164425, // quoteWords
    0.50144, // position
    0.705103, // mentionedElsewhere
    0.402041, // mentionedLate
    5.165342, // callItems
    1.044652, // itemsPerTenTurns
    0.217298, // sameHead
    0.081051, // maxSimilarity
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
    0.721435, // evidenceCount
    3.010522, // textWords
    1.923906, // objectWords
    0.309849, // pronounObject
    0.162667, // vagueText
    0.409869, // promise
    0.154441, // letMe
    0.368152, // question
    0.264669, // request
    0.271879, // conditional
    0.141624, // hedge
    0.164433, // obligation
    10.545273, // quoteWords
    0.200794, // position
    0.32021, // mentionedElsewhere
    0.377441, // mentionedLate
    1.491372, // callItems
    0.408076, // itemsPerTenTurns
    0.464675, // sameHead
    0.103385, // maxSimilarity
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
    -0.105651, // ownerRep
    0.105651, // ownerCustomer
    0.352584, // hasDueDate
    0.169468, // evidenceCount
    0.222162, // textWords
    0.835707, // objectWords
    -0.301854, // pronounObject
    -0.004072, // vagueText
    0.215434, // promise
    -0.176757, // letMe
    0.014915, // question
    -0.203823, // request
    -0.22056, // conditional
    -0.083606, // hedge
    -0.064422, // obligation
    0.719221, // quoteWords
    -0.007542, // position
    0.191406, // mentionedElsewhere
    0.117764, // mentionedLate
    -0.624546, // callItems
    0.407891, // itemsPerTenTurns
    -0.136462, // sameHead
    -0.311891, // maxSimilarity
    -0.027717, // sharedEvidence
    0.100209, // namedInText
    0.172461, // acknowledged
    -0.045563, // verb add
    -0.020521, // verb ask
    0.042055, // verb book
    -0.052205, // verb call
    0.109055, // verb cancel
    0.000296, // verb check
    0.042082, // verb close
    0.136676, // verb confirm
    0.090731, // verb countersign
    0.10604, // verb deactivate
    0.165709, // verb email
    0.051545, // verb extend
    0.163365, // verb fill
    0.045654, // verb find
    0.231337, // verb forward
    -0.094241, // verb get
    -0.101082, // verb give
    0.262308, // verb have
    0.18584, // verb hold
    -0.007951, // verb pass
    -0.035252, // verb put
    0.115725, // verb run
    -0.0195, // verb schedule
    0.363317, // verb send
    0.054726, // verb set
    0.290618, // verb share
    0.074037, // verb ship
    0.030893, // verb sign
    -0.131633, // verb take
    -0.147893, // verb talk
    0.00975, // verb update
    -0.091015, // verb write
  ],
  bias: 2.196335,
  threshold: 0.37,
  trainedOn: "694 English dev calls, 3272 tasks; held out in 5 folds: AUC 0.857, at the threshold 2555 of 2623 real tasks kept and 407 of 649 others",
};
