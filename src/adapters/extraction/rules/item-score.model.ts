// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613554, // ownerRep
    0.386446, // ownerCustomer
    0.772231, // hasDueDate
    1.784132, // evidenceCount
    6.745785, // textWords
    3.520331, // objectWords
    0.099835, // pronounObject
    0.030083, // vagueText
    0.783802, // promise
    0.024132, // letMe
    0.146446, // question
    0.07438, // request
    0.083636, // conditional
    0.016529, // hedge
    0.026777, // obligation
    20.923967, // quoteWords
    0.506228, // position
    0.709298, // mentionedElsewhere
    0.411263, // mentionedLate
    5.309421, // callItems
    1.08088, // itemsPerTenTurns
    0.231736, // sameHead
    0.088054, // maxSimilarity
    0.12595, // sharedEvidence
    0.415868, // namedInText
    0.466777, // acknowledged
    0.004298, // verb add
    0.030744, // verb ask
    0.006281, // verb book
    0.027769, // verb call
    0.004628, // verb cancel
    0.035372, // verb check
    0.005289, // verb close
    0.007934, // verb confirm
    0.005289, // verb deactivate
    0.004298, // verb delete
    0.021157, // verb email
    0.00562, // verb extend
    0.008264, // verb fill
    0.004628, // verb find
    0.017521, // verb forward
    0.031405, // verb get
    0.004298, // verb give
    0.166942, // verb have
    0.052231, // verb hold
    0.006612, // verb pass
    0.015207, // verb put
    0.00595, // verb run
    0.004959, // verb schedule
    0.364298, // verb send
    0.018512, // verb set
    0.004959, // verb share
    0.00562, // verb ship
    0.020496, // verb sign
    0.009917, // verb take
    0.010248, // verb talk
    0.00595, // verb write
  ],
  scale: [
    0.486935, // ownerRep
    0.486935, // ownerCustomer
    0.419392, // hasDueDate
    0.710264, // evidenceCount
    3.011686, // textWords
    1.926329, // objectWords
    0.299779, // pronounObject
    0.170815, // vagueText
    0.411651, // promise
    0.15346, // letMe
    0.353553, // question
    0.262389, // request
    0.276842, // conditional
    0.127498, // hedge
    0.161431, // obligation
    10.347172, // quoteWords
    0.202168, // position
    0.316478, // mentionedElsewhere
    0.378647, // mentionedLate
    1.497588, // callItems
    0.411028, // itemsPerTenTurns
    0.481236, // sameHead
    0.107222, // maxSimilarity
    0.352095, // sharedEvidence
    0.492871, // namedInText
    0.498895, // acknowledged
    0.065414, // verb add
    0.172623, // verb ask
    0.079003, // verb book
    0.164309, // verb call
    0.067873, // verb cancel
    0.184718, // verb check
    0.072535, // verb close
    0.088718, // verb confirm
    0.072535, // verb deactivate
    0.065414, // verb delete
    0.143908, // verb email
    0.074755, // verb extend
    0.090533, // verb fill
    0.067873, // verb find
    0.131201, // verb forward
    0.17441, // verb get
    0.065414, // verb give
    0.372924, // verb have
    0.222493, // verb hold
    0.081042, // verb pass
    0.122374, // verb put
    0.076909, // verb run
    0.070243, // verb schedule
    0.481233, // verb send
    0.134795, // verb set
    0.070243, // verb share
    0.074755, // verb ship
    0.141689, // verb sign
    0.099091, // verb take
    0.100712, // verb talk
    0.076909, // verb write
  ],
  weights: [
    -0.096808, // ownerRep
    0.096808, // ownerCustomer
    0.294884, // hasDueDate
    0.262116, // evidenceCount
    0.186017, // textWords
    0.968402, // objectWords
    -0.288587, // pronounObject
    0.083345, // vagueText
    0.210206, // promise
    -0.16474, // letMe
    0.042564, // question
    -0.246279, // request
    -0.193732, // conditional
    -0.095502, // hedge
    -0.077856, // obligation
    0.523671, // quoteWords
    0.004648, // position
    0.214242, // mentionedElsewhere
    0.139621, // mentionedLate
    -0.592105, // callItems
    0.391016, // itemsPerTenTurns
    -0.133018, // sameHead
    -0.391582, // maxSimilarity
    -0.027439, // sharedEvidence
    0.079399, // namedInText
    0.181268, // acknowledged
    -0.090007, // verb add
    -0.048965, // verb ask
    0.032044, // verb book
    -0.143094, // verb call
    0.08162, // verb cancel
    -0.051505, // verb check
    0.022054, // verb close
    0.074437, // verb confirm
    0.14707, // verb deactivate
    -0.133927, // verb delete
    0.157876, // verb email
    0.078239, // verb extend
    0.254307, // verb fill
    -0.010527, // verb find
    0.211475, // verb forward
    -0.09625, // verb get
    -0.081389, // verb give
    0.166902, // verb have
    0.161986, // verb hold
    0.000718, // verb pass
    -0.047463, // verb put
    0.110285, // verb run
    0.001742, // verb schedule
    0.417077, // verb send
    0.115755, // verb set
    0.31471, // verb share
    -0.01052, // verb ship
    0.053397, // verb sign
    -0.10854, // verb take
    -0.19844, // verb talk
    -0.075914, // verb write
  ],
  bias: 2.044301,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3025 tasks; held out in 5 folds: AUC 0.847, at the threshold 2315 of 2384 real tasks kept and 413 of 641 others",
};
