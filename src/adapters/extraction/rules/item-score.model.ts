// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614302, // ownerRep
    0.385698, // ownerCustomer
    0.771767, // hasDueDate
    1.782883, // evidenceCount
    6.739533, // textWords
    3.521304, // objectWords
    0.098926, // pronounObject
    0.030011, // vagueText
    0.78844, // promise
    0.024454, // letMe
    0.144498, // question
    0.072619, // request
    0.081512, // conditional
    0.016673, // hedge
    0.027047, // obligation
    20.794368, // quoteWords
    0.508035, // position
    0.711719, // mentionedElsewhere
    0.410722, // mentionedLate
    5.286032, // callItems
    1.08465, // itemsPerTenTurns
    0.224898, // sameHead
    0.086526, // maxSimilarity
    0.121897, // sharedEvidence
    0.412375, // namedInText
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
    0.707963, // evidenceCount
    3.026736, // textWords
    1.941104, // objectWords
    0.298562, // pronounObject
    0.170618, // vagueText
    0.408414, // promise
    0.154452, // letMe
    0.351594, // question
    0.259511, // request
    0.273619, // conditional
    0.128042, // hedge
    0.162221, // obligation
    10.243151, // quoteWords
    0.201256, // position
    0.316508, // mentionedElsewhere
    0.380195, // mentionedLate
    1.489146, // callItems
    0.423356, // itemsPerTenTurns
    0.469321, // sameHead
    0.106621, // maxSimilarity
    0.349082, // sharedEvidence
    0.492262, // namedInText
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
    -0.125842, // ownerRep
    0.125842, // ownerCustomer
    0.299036, // hasDueDate
    0.15629, // evidenceCount
    0.107406, // textWords
    0.990296, // objectWords
    -0.263942, // pronounObject
    0.04271, // vagueText
    0.231536, // promise
    -0.133095, // letMe
    0.156804, // question
    -0.329004, // request
    -0.197968, // conditional
    -0.085966, // hedge
    -0.078988, // obligation
    0.568613, // quoteWords
    -0.045114, // position
    0.258181, // mentionedElsewhere
    0.113896, // mentionedLate
    -0.649985, // callItems
    0.433946, // itemsPerTenTurns
    -0.169527, // sameHead
    -0.373725, // maxSimilarity
    -0.004877, // sharedEvidence
    0.102518, // namedInText
    0.177476, // acknowledged
    -0.065792, // verb add
    -0.051652, // verb ask
    0.027418, // verb book
    -0.12519, // verb call
    0.035658, // verb cancel
    -0.075524, // verb check
    0.018647, // verb close
    0.079137, // verb confirm
    0.134664, // verb deactivate
    -0.161762, // verb delete
    0.138259, // verb email
    0.114882, // verb extend
    0.486964, // verb fill
    -0.038347, // verb find
    0.185899, // verb forward
    -0.118912, // verb get
    -0.102815, // verb give
    0.206912, // verb have
    0.111258, // verb hold
    0.008597, // verb pass
    -0.056176, // verb put
    0.099498, // verb run
    -0.014355, // verb schedule
    0.400999, // verb send
    0.13559, // verb set
    0.293283, // verb share
    -0.043841, // verb ship
    0.0502, // verb sign
    -0.105927, // verb take
    -0.219626, // verb talk
    -0.127873, // verb write
  ],
  bias: 2.145923,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2699 tasks; held out in 5 folds: AUC 0.848, at the threshold 2085 of 2145 real tasks kept and 356 of 554 others",
};
