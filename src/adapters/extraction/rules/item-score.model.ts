// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614302, // ownerRep
    0.385698, // ownerCustomer
    0.771767, // hasDueDate
    1.784735, // evidenceCount
    6.746202, // textWords
    3.524268, // objectWords
    0.098926, // pronounObject
    0.030011, // vagueText
    0.78844, // promise
    0.024454, // letMe
    0.144868, // question
    0.072619, // request
    0.081512, // conditional
    0.017043, // hedge
    0.027047, // obligation
    20.806225, // quoteWords
    0.508035, // position
    0.711719, // mentionedElsewhere
    0.410598, // mentionedLate
    5.286032, // callItems
    1.08465, // itemsPerTenTurns
    0.227862, // sameHead
    0.086955, // maxSimilarity
    0.123379, // sharedEvidence
    0.414969, // namedInText
    0.471286, // acknowledged
    0.004446, // verb add
    0.028529, // verb ask
    0.00704, // verb book
    0.027047, // verb call
    0.004446, // verb cancel
    0.035939, // verb check
    0.004817, // verb close
    0.007781, // verb confirm
    0.005558, // verb deactivate
    0.004446, // verb delete
    0.022601, // verb email
    0.005928, // verb extend
    0.007781, // verb fill
    0.004817, // verb find
    0.017784, // verb forward
    0.031493, // verb get
    0.004817, // verb give
    0.165617, // verb have
    0.051501, // verb hold
    0.006299, // verb pass
    0.015561, // verb put
    0.005928, // verb run
    0.005187, // verb schedule
    0.364209, // verb send
    0.018155, // verb set
    0.005187, // verb share
    0.005558, // verb ship
    0.021119, // verb sign
    0.010745, // verb take
    0.010004, // verb talk
    0.005558, // verb write
  ],
  scale: [
    0.48676, // ownerRep
    0.48676, // ownerCustomer
    0.419693, // hasDueDate
    0.709834, // evidenceCount
    3.021545, // textWords
    1.938204, // objectWords
    0.298562, // pronounObject
    0.170618, // vagueText
    0.408414, // promise
    0.154452, // letMe
    0.351968, // question
    0.259511, // request
    0.273619, // conditional
    0.129433, // hedge
    0.162221, // obligation
    10.25159, // quoteWords
    0.201256, // position
    0.316508, // mentionedElsewhere
    0.379814, // mentionedLate
    1.489146, // callItems
    0.423356, // itemsPerTenTurns
    0.471831, // sameHead
    0.106781, // maxSimilarity
    0.350681, // sharedEvidence
    0.492717, // namedInText
    0.499175, // acknowledged
    0.066531, // verb add
    0.166479, // verb ask
    0.083607, // verb book
    0.162221, // verb call
    0.066531, // verb cancel
    0.186139, // verb check
    0.069234, // verb close
    0.087864, // verb confirm
    0.074342, // verb deactivate
    0.066531, // verb delete
    0.148628, // verb email
    0.076766, // verb extend
    0.087864, // verb fill
    0.069234, // verb find
    0.132167, // verb forward
    0.174646, // verb get
    0.069234, // verb give
    0.371736, // verb have
    0.221016, // verb hold
    0.079114, // verb pass
    0.123771, // verb put
    0.076766, // verb run
    0.071835, // verb schedule
    0.481208, // verb send
    0.133511, // verb set
    0.071835, // verb share
    0.074342, // verb ship
    0.143781, // verb sign
    0.103098, // verb take
    0.099517, // verb talk
    0.074342, // verb write
  ],
  weights: [
    -0.121712, // ownerRep
    0.121712, // ownerCustomer
    0.303498, // hasDueDate
    0.154032, // evidenceCount
    0.11322, // textWords
    0.986819, // objectWords
    -0.258876, // pronounObject
    0.04515, // vagueText
    0.222167, // promise
    -0.137162, // letMe
    0.144515, // question
    -0.32465, // request
    -0.186842, // conditional
    -0.111934, // hedge
    -0.078276, // obligation
    0.572318, // quoteWords
    -0.047578, // position
    0.266943, // mentionedElsewhere
    0.118582, // mentionedLate
    -0.649742, // callItems
    0.431559, // itemsPerTenTurns
    -0.182592, // sameHead
    -0.377263, // maxSimilarity
    -0.002661, // sharedEvidence
    0.089238, // namedInText
    0.190679, // acknowledged
    -0.063873, // verb add
    -0.059467, // verb ask
    0.029652, // verb book
    -0.120205, // verb call
    0.03829, // verb cancel
    -0.070027, // verb check
    0.01842, // verb close
    0.081536, // verb confirm
    0.13474, // verb deactivate
    -0.1614, // verb delete
    0.14147, // verb email
    0.115884, // verb extend
    0.490384, // verb fill
    -0.035041, // verb find
    0.192019, // verb forward
    -0.112248, // verb get
    -0.099728, // verb give
    0.220965, // verb have
    0.153331, // verb hold
    0.012655, // verb pass
    -0.052452, // verb put
    0.100914, // verb run
    -0.01143, // verb schedule
    0.412673, // verb send
    0.138566, // verb set
    0.295503, // verb share
    -0.042376, // verb ship
    0.054944, // verb sign
    -0.10413, // verb take
    -0.216049, // verb talk
    -0.125165, // verb write
  ],
  bias: 2.152056,
  threshold: 0.36,
  trainedOn: "558 English dev calls, 2699 tasks; held out in 5 folds: AUC 0.849, at the threshold 2090 of 2147 real tasks kept and 361 of 552 others",
};
