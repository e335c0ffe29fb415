// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609786, // ownerRep
    0.390214, // ownerCustomer
    0.777982, // hasDueDate
    1.821101, // evidenceCount
    6.792661, // textWords
    3.546177, // objectWords
    0.107645, // pronounObject
    0.027217, // vagueText
    0.786239, // promise
    0.024465, // letMe
    0.161774, // question
    0.075841, // request
    0.080428, // conditional
    0.020489, // hedge
    0.027829, // obligation
    21.17737, // quoteWords
    0.501292, // position
    0.70503, // mentionedElsewhere
    0.401787, // mentionedLate
    5.162385, // callItems
    1.044406, // itemsPerTenTurns
    0.216208, // sameHead
    0.080896, // maxSimilarity
    0.099694, // sharedEvidence
    0.407034, // namedInText
    0.461468, // acknowledged
    0.003976, // verb add
    0.031498, // verb ask
    0.007034, // verb book
    0.0263, // verb call
    0.004281, // verb cancel
    0.033333, // verb check
    0.005199, // verb close
    0.007645, // verb confirm
    0.004281, // verb countersign
    0.004893, // verb deactivate
    0.021407, // verb email
    0.005505, // verb extend
    0.007951, // verb fill
    0.004281, // verb find
    0.01682, // verb forward
    0.03211, // verb get
    0.004281, // verb give
    0.169419, // verb have
    0.051376, // verb hold
    0.007339, // verb pass
    0.015291, // verb put
    0.00581, // verb run
    0.00581, // verb schedule
    0.370642, // verb send
    0.018043, // verb set
    0.004587, // verb share
    0.005505, // verb ship
    0.020489, // verb sign
    0.008869, // verb take
    0.008257, // verb talk
    0.003976, // verb update
    0.00581, // verb write
  ],
  scale: [
    0.487798, // ownerRep
    0.487798, // ownerCustomer
    0.415603, // hasDueDate
    0.721946, // evidenceCount
    3.011671, // textWords
    1.924455, // objectWords
    0.309932, // pronounObject
    0.162716, // vagueText
    0.40996, // promise
    0.154487, // letMe
    0.368243, // question
    0.264744, // request
    0.271955, // conditional
    0.141667, // hedge
    0.164482, // obligation
    10.551246, // quoteWords
    0.200726, // position
    0.320327, // mentionedElsewhere
    0.37752, // mentionedLate
    1.491953, // callItems
    0.408467, // itemsPerTenTurns
    0.462721, // sameHead
    0.103352, // maxSimilarity
    0.308642, // sharedEvidence
    0.491281, // namedInText
    0.498513, // acknowledged
    0.062926, // verb add
    0.174661, // verb ask
    0.083571, // verb book
    0.160025, // verb call
    0.065292, // verb cancel
    0.179505, // verb check
    0.071915, // verb close
    0.087102, // verb confirm
    0.065292, // verb countersign
    0.069778, // verb deactivate
    0.144736, // verb email
    0.073988, // verb extend
    0.088814, // verb fill
    0.065292, // verb find
    0.128595, // verb forward
    0.176292, // verb get
    0.065292, // verb give
    0.375122, // verb have
    0.220764, // verb hold
    0.085356, // verb pass
    0.122706, // verb put
    0.076004, // verb run
    0.076004, // verb schedule
    0.482977, // verb send
    0.133106, // verb set
    0.067573, // verb share
    0.073988, // verb ship
    0.141667, // verb sign
    0.093754, // verb take
    0.090491, // verb talk
    0.062926, // verb update
    0.076004, // verb write
  ],
  weights: [
    -0.105505, // ownerRep
    0.105505, // ownerCustomer
    0.35258, // hasDueDate
    0.166603, // evidenceCount
    0.220775, // textWords
    0.834255, // objectWords
    -0.300434, // pronounObject
    -0.004739, // vagueText
    0.213062, // promise
    -0.177346, // letMe
    0.019543, // question
    -0.204784, // request
    -0.218023, // conditional
    -0.098131, // hedge
    -0.063095, // obligation
    0.71638, // quoteWords
    -0.007623, // position
    0.189525, // mentionedElsewhere
    0.118857, // mentionedLate
    -0.62846, // callItems
    0.413873, // itemsPerTenTurns
    -0.1428, // sameHead
    -0.30832, // maxSimilarity
    -0.032811, // sharedEvidence
    0.102289, // namedInText
    0.175485, // acknowledged
    -0.045374, // verb add
    -0.020152, // verb ask
    0.041929, // verb book
    -0.051803, // verb call
    0.110589, // verb cancel
    0.000135, // verb check
    0.042369, // verb close
    0.136397, // verb confirm
    0.091094, // verb countersign
    0.106569, // verb deactivate
    0.166292, // verb email
    0.051808, // verb extend
    0.163904, // verb fill
    0.045851, // verb find
    0.232206, // verb forward
    -0.092791, // verb get
    -0.101262, // verb give
    0.259878, // verb have
    0.189389, // verb hold
    -0.007828, // verb pass
    -0.034058, // verb put
    0.115696, // verb run
    -0.020452, // verb schedule
    0.362944, // verb send
    0.053945, // verb set
    0.290763, // verb share
    0.073988, // verb ship
    0.021727, // verb sign
    -0.131051, // verb take
    -0.147403, // verb talk
    0.009977, // verb update
    -0.090358, // verb write
  ],
  bias: 2.191713,
  threshold: 0.38,
  trainedOn: "694 English dev calls, 3270 tasks; held out in 5 folds: AUC 0.857, at the threshold 2547 of 2620 real tasks kept and 401 of 650 others",
};
