// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612946, // ownerRep
    0.387054, // ownerCustomer
    0.772127, // hasDueDate
    1.782695, // evidenceCount
    6.744386, // textWords
    3.518824, // objectWords
    0.100066, // pronounObject
    0.030713, // vagueText
    0.783355, // promise
    0.024108, // letMe
    0.146301, // question
    0.073976, // request
    0.083554, // conditional
    0.016513, // hedge
    0.027411, // obligation
    20.914795, // quoteWords
    0.506334, // position
    0.709008, // mentionedElsewhere
    0.411103, // mentionedLate
    5.314069, // callItems
    1.081732, // itemsPerTenTurns
    0.232166, // sameHead
    0.088434, // maxSimilarity
    0.127807, // sharedEvidence
    0.415786, // namedInText
    0.466645, // acknowledged
    0.004293, // verb add
    0.031044, // verb ask
    0.006275, // verb book
    0.027741, // verb call
    0.004293, // verb cancel
    0.035667, // verb check
    0.005284, // verb close
    0.007926, // verb confirm
    0.005284, // verb deactivate
    0.004293, // verb delete
    0.021136, // verb email
    0.005614, // verb extend
    0.008256, // verb fill
    0.004624, // verb find
    0.017503, // verb forward
    0.031374, // verb get
    0.004293, // verb give
    0.166777, // verb have
    0.05218, // verb hold
    0.006605, // verb pass
    0.015192, // verb put
    0.005945, // verb run
    0.004954, // verb schedule
    0.364267, // verb send
    0.018494, // verb set
    0.004954, // verb share
    0.005614, // verb ship
    0.020806, // verb sign
    0.009908, // verb take
    0.010238, // verb talk
    0.005945, // verb write
  ],
  scale: [
    0.487076, // ownerRep
    0.487076, // ownerCustomer
    0.41946, // hasDueDate
    0.710139, // evidenceCount
    3.011874, // textWords
    1.926312, // objectWords
    0.300088, // pronounObject
    0.17254, // vagueText
    0.411958, // promise
    0.153385, // letMe
    0.353408, // question
    0.261732, // request
    0.276717, // conditional
    0.127436, // hedge
    0.163277, // obligation
    10.343666, // quoteWords
    0.202333, // position
    0.316607, // mentionedElsewhere
    0.378766, // mentionedLate
    1.49684, // callItems
    0.410767, // itemsPerTenTurns
    0.481421, // sameHead
    0.107686, // maxSimilarity
    0.354038, // sharedEvidence
    0.492857, // namedInText
    0.498886, // acknowledged
    0.065382, // verb add
    0.173436, // verb ask
    0.078965, // verb book
    0.16423, // verb call
    0.065382, // verb cancel
    0.185459, // verb check
    0.072499, // verb close
    0.088675, // verb confirm
    0.072499, // verb deactivate
    0.065382, // verb delete
    0.143838, // verb email
    0.074718, // verb extend
    0.090488, // verb fill
    0.067839, // verb find
    0.131137, // verb forward
    0.174326, // verb get
    0.065382, // verb give
    0.372776, // verb have
    0.222389, // verb hold
    0.081002, // verb pass
    0.122314, // verb put
    0.076871, // verb run
    0.070208, // verb schedule
    0.481224, // verb send
    0.134729, // verb set
    0.070208, // verb share
    0.074718, // verb ship
    0.142734, // verb sign
    0.099042, // verb take
    0.100663, // verb talk
    0.076871, // verb write
  ],
  weights: [
    -0.096248, // ownerRep
    0.096248, // ownerCustomer
    0.300397, // hasDueDate
    0.259468, // evidenceCount
    0.191221, // textWords
    0.961573, // objectWords
    -0.293189, // pronounObject
    0.072017, // vagueText
    0.207887, // promise
    -0.164385, // letMe
    0.048756, // question
    -0.249405, // request
    -0.190785, // conditional
    -0.107743, // hedge
    -0.088972, // obligation
    0.529319, // quoteWords
    0.009285, // position
    0.212463, // mentionedElsewhere
    0.143335, // mentionedLate
    -0.598008, // callItems
    0.400552, // itemsPerTenTurns
    -0.132989, // sameHead
    -0.383333, // maxSimilarity
    -0.030551, // sharedEvidence
    0.07314, // namedInText
    0.186765, // acknowledged
    -0.089678, // verb add
    -0.05303, // verb ask
    0.031421, // verb book
    -0.138784, // verb call
    0.022467, // verb cancel
    -0.055397, // verb check
    0.020273, // verb close
    0.073609, // verb confirm
    0.145693, // verb deactivate
    -0.135676, // verb delete
    0.155919, // verb email
    0.077864, // verb extend
    0.251103, // verb fill
    -0.008992, // verb find
    0.211719, // verb forward
    -0.101458, // verb get
    -0.080883, // verb give
    0.166137, // verb have
    0.158909, // verb hold
    0.001504, // verb pass
    -0.039575, // verb put
    0.109345, // verb run
    -0.000243, // verb schedule
    0.40989, // verb send
    0.114533, // verb set
    0.313604, // verb share
    -0.011801, // verb ship
    0.049163, // verb sign
    -0.108415, // verb take
    -0.198008, // verb talk
    -0.076111, // verb write
  ],
  bias: 2.032071,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3028 tasks; held out in 5 folds: AUC 0.847, at the threshold 2308 of 2381 real tasks kept and 416 of 647 others",
};
