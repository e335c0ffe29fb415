// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614302, // ownerRep
    0.385698, // ownerCustomer
    0.771767, // hasDueDate
    1.782883, // evidenceCount
    6.740274, // textWords
    3.522045, // objectWords
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
    0.711732, // mentionedElsewhere
    0.410695, // mentionedLate
    5.286032, // callItems
    1.08465, // itemsPerTenTurns
    0.225269, // sameHead
    0.08658, // maxSimilarity
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
    3.028024, // textWords
    1.942623, // objectWords
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
    0.316515, // mentionedElsewhere
    0.380165, // mentionedLate
    1.489146, // callItems
    0.423356, // itemsPerTenTurns
    0.469538, // sameHead
    0.106627, // maxSimilarity
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
    -0.125912, // ownerRep
    0.125912, // ownerCustomer
    0.299196, // hasDueDate
    0.155802, // evidenceCount
    0.108718, // textWords
    0.989876, // objectWords
    -0.264227, // pronounObject
    0.042664, // vagueText
    0.231687, // promise
    -0.133174, // letMe
    0.156528, // question
    -0.328804, // request
    -0.198036, // conditional
    -0.085971, // hedge
    -0.079084, // obligation
    0.568828, // quoteWords
    -0.045512, // position
    0.258134, // mentionedElsewhere
    0.113837, // mentionedLate
    -0.650075, // callItems
    0.433622, // itemsPerTenTurns
    -0.168086, // sameHead
    -0.373926, // maxSimilarity
    -0.005258, // sharedEvidence
    0.101779, // namedInText
    0.177633, // acknowledged
    -0.065775, // verb add
    -0.051457, // verb ask
    0.027413, // verb book
    -0.124979, // verb call
    0.035624, // verb cancel
    -0.074417, // verb check
    0.018684, // verb close
    0.079171, // verb confirm
    0.134656, // verb deactivate
    -0.161731, // verb delete
    0.138239, // verb email
    0.114918, // verb extend
    0.486889, // verb fill
    -0.038363, // verb find
    0.185787, // verb forward
    -0.118948, // verb get
    -0.102761, // verb give
    0.207417, // verb have
    0.111164, // verb hold
    0.008679, // verb pass
    -0.05618, // verb put
    0.09952, // verb run
    -0.014343, // verb schedule
    0.400726, // verb send
    0.135478, // verb set
    0.293347, // verb share
    -0.043828, // verb ship
    0.050106, // verb sign
    -0.105856, // verb take
    -0.219587, // verb talk
    -0.127844, // verb write
  ],
  bias: 2.1461,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2699 tasks; held out in 5 folds: AUC 0.848, at the threshold 2085 of 2145 real tasks kept and 356 of 554 others",
};
