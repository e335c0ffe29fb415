// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609786, // ownerRep
    0.390214, // ownerCustomer
    0.777982, // hasDueDate
    1.821101, // evidenceCount
    6.793578, // textWords
    3.546789, // objectWords
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
    0.704953, // mentionedElsewhere
    0.401787, // mentionedLate
    5.162385, // callItems
    1.044406, // itemsPerTenTurns
    0.216208, // sameHead
    0.080887, // maxSimilarity
    0.099694, // sharedEvidence
    0.407339, // namedInText
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
    0.169725, // verb have
    0.051376, // verb hold
    0.007339, // verb pass
    0.015291, // verb put
    0.00581, // verb run
    0.00581, // verb schedule
    0.370642, // verb send
    0.018043, // verb set
    0.004587, // verb share
    0.005505, // verb ship
    0.020183, // verb sign
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
    3.011277, // textWords
    1.924281, // objectWords
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
    0.320286, // mentionedElsewhere
    0.37752, // mentionedLate
    1.491953, // callItems
    0.408467, // itemsPerTenTurns
    0.462721, // sameHead
    0.103347, // maxSimilarity
    0.308642, // sharedEvidence
    0.491339, // namedInText
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
    0.375391, // verb have
    0.220764, // verb hold
    0.085356, // verb pass
    0.122706, // verb put
    0.076004, // verb run
    0.076004, // verb schedule
    0.482977, // verb send
    0.133106, // verb set
    0.067573, // verb share
    0.073988, // verb ship
    0.140628, // verb sign
    0.093754, // verb take
    0.090491, // verb talk
    0.062926, // verb update
    0.076004, // verb write
  ],
  weights: [
    -0.105741, // ownerRep
    0.105741, // ownerCustomer
    0.352109, // hasDueDate
    0.16883, // evidenceCount
    0.217793, // textWords
    0.838881, // objectWords
    -0.300773, // pronounObject
    -0.004207, // vagueText
    0.215156, // promise
    -0.17749, // letMe
    0.015757, // question
    -0.203436, // request
    -0.220224, // conditional
    -0.083631, // hedge
    -0.064501, // obligation
    0.719897, // quoteWords
    -0.007, // position
    0.191503, // mentionedElsewhere
    0.118161, // mentionedLate
    -0.628937, // callItems
    0.412038, // itemsPerTenTurns
    -0.139294, // sameHead
    -0.311473, // maxSimilarity
    -0.025965, // sharedEvidence
    0.09984, // namedInText
    0.173044, // acknowledged
    -0.045465, // verb add
    -0.020282, // verb ask
    0.041961, // verb book
    -0.052175, // verb call
    0.108902, // verb cancel
    0.000889, // verb check
    0.041843, // verb close
    0.136846, // verb confirm
    0.091277, // verb countersign
    0.105811, // verb deactivate
    0.165918, // verb email
    0.05168, // verb extend
    0.163537, // verb fill
    0.045963, // verb find
    0.231734, // verb forward
    -0.093654, // verb get
    -0.101265, // verb give
    0.261396, // verb have
    0.18631, // verb hold
    -0.00813, // verb pass
    -0.035039, // verb put
    0.115683, // verb run
    -0.019709, // verb schedule
    0.361446, // verb send
    0.054162, // verb set
    0.290585, // verb share
    0.074278, // verb ship
    0.030975, // verb sign
    -0.131338, // verb take
    -0.1473, // verb talk
    0.009779, // verb update
    -0.09117, // verb write
  ],
  bias: 2.19643,
  threshold: 0.38,
  trainedOn: "694 English dev calls, 3270 tasks; held out in 5 folds: AUC 0.857, at the threshold 2549 of 2621 real tasks kept and 401 of 649 others",
};
