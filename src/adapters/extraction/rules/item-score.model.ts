// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.599327, // ownerRep
    0.400673, // ownerCustomer
    0.772727, // hasDueDate
    1.642256, // evidenceCount
    6.5867, // textWords
    3.415825, // objectWords
    0.104377, // pronounObject
    0.026094, // vagueText
    0.744949, // promise
    0.020202, // letMe
    0.151515, // question
    0.084175, // request
    0.069865, // conditional
    0.016835, // hedge
    0.022727, // obligation
    18.718855, // quoteWords
    0.523282, // position
    0.696915, // mentionedElsewhere
    0.358609, // mentionedLate
    5.281145, // callItems
    1.210405, // itemsPerTenTurns
    0.204545, // sameHead
    0.084408, // maxSimilarity
    0.045455, // sharedEvidence
    0.382155, // namedInText
    0.505051, // acknowledged
    0.025253, // verb ask
    0.020202, // verb call
    0.035354, // verb check
    0.024411, // verb email
    0.010101, // verb extend
    0.020202, // verb forward
    0.035354, // verb get
    0.159933, // verb have
    0.054714, // verb hold
    0.010101, // verb put
    0.388047, // verb send
    0.015993, // verb set
    0.021044, // verb sign
  ],
  scale: [
    0.490035, // ownerRep
    0.490035, // ownerCustomer
    0.41907, // hasDueDate
    0.658382, // evidenceCount
    3.007296, // textWords
    1.925066, // objectWords
    0.305749, // pronounObject
    0.159416, // vagueText
    0.43589, // promise
    0.140691, // letMe
    0.35855, // question
    0.27765, // request
    0.25492, // conditional
    0.128653, // hedge
    0.149033, // obligation
    9.81453, // quoteWords
    0.197341, // position
    0.330567, // mentionedElsewhere
    0.379131, // mentionedLate
    1.922334, // callItems
    0.630832, // itemsPerTenTurns
    0.446927, // sameHead
    0.110676, // maxSimilarity
    0.231278, // sharedEvidence
    0.485914, // namedInText
    0.499974, // acknowledged
    0.156891, // verb ask
    0.140691, // verb call
    0.184672, // verb check
    0.154321, // verb email
    0.099995, // verb extend
    0.140691, // verb forward
    0.184672, // verb get
    0.366544, // verb have
    0.227421, // verb hold
    0.099995, // verb put
    0.487305, // verb send
    0.125449, // verb set
    0.14353, // verb sign
  ],
  weights: [
    -0.024285, // ownerRep
    0.024285, // ownerCustomer
    0.244868, // hasDueDate
    0.488545, // evidenceCount
    -0.039986, // textWords
    0.973145, // objectWords
    -0.349311, // pronounObject
    -0.098533, // vagueText
    0.090894, // promise
    -0.228021, // letMe
    -0.025653, // question
    -0.372836, // request
    -0.212748, // conditional
    -0.05979, // hedge
    -0.164678, // obligation
    0.668222, // quoteWords
    0.10002, // position
    0.111487, // mentionedElsewhere
    0.244545, // mentionedLate
    -0.621368, // callItems
    0.543309, // itemsPerTenTurns
    0.033543, // sameHead
    -0.377345, // maxSimilarity
    -0.141486, // sharedEvidence
    -0.012409, // namedInText
    0.150659, // acknowledged
    0.068779, // verb ask
    -0.212241, // verb call
    -0.012099, // verb check
    0.05264, // verb email
    0.088016, // verb extend
    0.253508, // verb forward
    0.002379, // verb get
    0.302705, // verb have
    0.025217, // verb hold
    0.047496, // verb put
    0.327135, // verb send
    0.038733, // verb set
    0.090994, // verb sign
  ],
  bias: 2.454101,
  threshold: 0.25,
  trainedOn: "255 English dev calls, 1188 tasks; held out in 5 folds: AUC 0.817, at the threshold 983 of 991 real tasks kept and 172 of 197 others",
};
