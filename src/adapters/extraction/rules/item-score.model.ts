// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613757, // ownerRep
    0.386243, // ownerCustomer
    0.772487, // hasDueDate
    1.784392, // evidenceCount
    6.746693, // textWords
    3.520503, // objectWords
    0.099868, // pronounObject
    0.030093, // vagueText
    0.78373, // promise
    0.02414, // letMe
    0.146495, // question
    0.074405, // request
    0.083333, // conditional
    0.016534, // hedge
    0.026786, // obligation
    20.92295, // quoteWords
    0.506157, // position
    0.709423, // mentionedElsewhere
    0.411289, // mentionedLate
    5.308201, // callItems
    1.080686, // itemsPerTenTurns
    0.231812, // sameHead
    0.088083, // maxSimilarity
    0.125992, // sharedEvidence
    0.415675, // namedInText
    0.466931, // acknowledged
    0.004299, // verb add
    0.030754, // verb ask
    0.006283, // verb book
    0.027778, // verb call
    0.00463, // verb cancel
    0.035384, // verb check
    0.005291, // verb close
    0.007937, // verb confirm
    0.005291, // verb deactivate
    0.004299, // verb delete
    0.021164, // verb email
    0.005622, // verb extend
    0.008267, // verb fill
    0.00463, // verb find
    0.017526, // verb forward
    0.031415, // verb get
    0.004299, // verb give
    0.166997, // verb have
    0.052249, // verb hold
    0.006614, // verb pass
    0.015212, // verb put
    0.005952, // verb run
    0.00496, // verb schedule
    0.364418, // verb send
    0.018519, // verb set
    0.00496, // verb share
    0.005622, // verb ship
    0.020503, // verb sign
    0.009921, // verb take
    0.010251, // verb talk
    0.005952, // verb write
  ],
  scale: [
    0.486887, // ownerRep
    0.486887, // ownerCustomer
    0.419227, // hasDueDate
    0.710239, // evidenceCount
    3.01177, // textWords
    1.926624, // objectWords
    0.299824, // pronounObject
    0.170842, // vagueText
    0.4117, // promise
    0.153484, // letMe
    0.353601, // question
    0.262428, // request
    0.276385, // conditional
    0.127519, // hedge
    0.161457, // obligation
    10.348732, // quoteWords
    0.202163, // position
    0.316456, // mentionedElsewhere
    0.378707, // mentionedLate
    1.498539, // callItems
    0.411233, // itemsPerTenTurns
    0.481297, // sameHead
    0.107227, // maxSimilarity
    0.352146, // sharedEvidence
    0.492838, // namedInText
    0.498905, // acknowledged
    0.065425, // verb add
    0.17265, // verb ask
    0.079016, // verb book
    0.164336, // verb call
    0.067884, // verb cancel
    0.184747, // verb check
    0.072547, // verb close
    0.088733, // verb confirm
    0.072547, // verb deactivate
    0.065425, // verb delete
    0.143931, // verb email
    0.074767, // verb extend
    0.090547, // verb fill
    0.067884, // verb find
    0.131222, // verb forward
    0.174437, // verb get
    0.065425, // verb give
    0.372974, // verb have
    0.222528, // verb hold
    0.081056, // verb pass
    0.122394, // verb put
    0.076922, // verb run
    0.070255, // verb schedule
    0.481267, // verb send
    0.134817, // verb set
    0.070255, // verb share
    0.074767, // verb ship
    0.141712, // verb sign
    0.099107, // verb take
    0.100729, // verb talk
    0.076922, // verb write
  ],
  weights: [
    -0.098544, // ownerRep
    0.098544, // ownerCustomer
    0.2938, // hasDueDate
    0.256227, // evidenceCount
    0.174241, // textWords
    0.978381, // objectWords
    -0.2883, // pronounObject
    0.081801, // vagueText
    0.211326, // promise
    -0.164837, // letMe
    0.04309, // question
    -0.245891, // request
    -0.189235, // conditional
    -0.096158, // hedge
    -0.079208, // obligation
    0.529847, // quoteWords
    0.005952, // position
    0.211078, // mentionedElsewhere
    0.140429, // mentionedLate
    -0.591357, // callItems
    0.390604, // itemsPerTenTurns
    -0.133594, // sameHead
    -0.392832, // maxSimilarity
    -0.028012, // sharedEvidence
    0.085026, // namedInText
    0.179706, // acknowledged
    -0.090902, // verb add
    -0.053011, // verb ask
    0.031093, // verb book
    -0.146317, // verb call
    0.081081, // verb cancel
    -0.054111, // verb check
    0.021285, // verb close
    0.073026, // verb confirm
    0.146036, // verb deactivate
    -0.134467, // verb delete
    0.155842, // verb email
    0.074516, // verb extend
    0.253613, // verb fill
    -0.011183, // verb find
    0.209168, // verb forward
    -0.099231, // verb get
    -0.08298, // verb give
    0.158118, // verb have
    0.160472, // verb hold
    -0.000801, // verb pass
    -0.04899, // verb put
    0.109576, // verb run
    0.001019, // verb schedule
    0.411214, // verb send
    0.114465, // verb set
    0.313479, // verb share
    -0.011587, // verb ship
    0.05172, // verb sign
    -0.11058, // verb take
    -0.199803, // verb talk
    -0.077407, // verb write
  ],
  bias: 2.046104,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3024 tasks; held out in 5 folds: AUC 0.847, at the threshold 2314 of 2384 real tasks kept and 413 of 640 others",
};
