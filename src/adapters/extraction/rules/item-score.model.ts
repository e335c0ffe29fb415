// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613757, // ownerRep
    0.386243, // ownerCustomer
    0.772487, // hasDueDate
    1.786376, // evidenceCount
    6.766534, // textWords
    3.531746, // objectWords
    0.100529, // pronounObject
    0.026786, // vagueText
    0.78373, // promise
    0.02414, // letMe
    0.147487, // question
    0.074405, // request
    0.083333, // conditional
    0.016865, // hedge
    0.026786, // obligation
    20.949735, // quoteWords
    0.506157, // position
    0.708882, // mentionedElsewhere
    0.410583, // mentionedLate
    5.308201, // callItems
    1.080686, // itemsPerTenTurns
    0.231481, // sameHead
    0.088358, // maxSimilarity
    0.126653, // sharedEvidence
    0.415013, // namedInText
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
    0.166336, // verb have
    0.052249, // verb hold
    0.006614, // verb pass
    0.015212, // verb put
    0.005952, // verb run
    0.00496, // verb schedule
    0.364418, // verb send
    0.018519, // verb set
    0.00496, // verb share
    0.005622, // verb ship
    0.021164, // verb sign
    0.009921, // verb take
    0.010251, // verb talk
    0.005952, // verb write
  ],
  scale: [
    0.486887, // ownerRep
    0.486887, // ownerCustomer
    0.419227, // hasDueDate
    0.711303, // evidenceCount
    3.000836, // textWords
    1.922692, // objectWords
    0.300704, // pronounObject
    0.161457, // vagueText
    0.4117, // promise
    0.153484, // letMe
    0.354591, // question
    0.262428, // request
    0.276385, // conditional
    0.128766, // hedge
    0.161457, // obligation
    10.358941, // quoteWords
    0.202163, // position
    0.316212, // mentionedElsewhere
    0.377848, // mentionedLate
    1.498539, // callItems
    0.411233, // itemsPerTenTurns
    0.477663, // sameHead
    0.107603, // maxSimilarity
    0.352847, // sharedEvidence
    0.492724, // namedInText
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
    0.372382, // verb have
    0.222528, // verb hold
    0.081056, // verb pass
    0.122394, // verb put
    0.076922, // verb run
    0.070255, // verb schedule
    0.481267, // verb send
    0.134817, // verb set
    0.070255, // verb share
    0.074767, // verb ship
    0.143931, // verb sign
    0.099107, // verb take
    0.100729, // verb talk
    0.076922, // verb write
  ],
  weights: [
    -0.103313, // ownerRep
    0.103313, // ownerCustomer
    0.28592, // hasDueDate
    0.278453, // evidenceCount
    0.171358, // textWords
    0.992218, // objectWords
    -0.288128, // pronounObject
    0.075002, // vagueText
    0.209127, // promise
    -0.166878, // letMe
    0.041389, // question
    -0.252106, // request
    -0.19316, // conditional
    -0.087547, // hedge
    -0.080823, // obligation
    0.518132, // quoteWords
    -0.007035, // position
    0.217862, // mentionedElsewhere
    0.124278, // mentionedLate
    -0.603215, // callItems
    0.397038, // itemsPerTenTurns
    -0.134579, // sameHead
    -0.397573, // maxSimilarity
    -0.03058, // sharedEvidence
    0.080825, // namedInText
    0.194008, // acknowledged
    -0.089862, // verb add
    -0.053223, // verb ask
    0.032722, // verb book
    -0.113102, // verb call
    0.078679, // verb cancel
    -0.050832, // verb check
    0.023083, // verb close
    0.075371, // verb confirm
    0.149848, // verb deactivate
    -0.133582, // verb delete
    0.157889, // verb email
    0.076411, // verb extend
    0.254331, // verb fill
    -0.010642, // verb find
    0.209116, // verb forward
    -0.09634, // verb get
    -0.082076, // verb give
    0.176397, // verb have
    0.164152, // verb hold
    -0.001973, // verb pass
    -0.048156, // verb put
    0.111327, // verb run
    0.003391, // verb schedule
    0.418014, // verb send
    0.117896, // verb set
    0.31416, // verb share
    -0.011147, // verb ship
    0.034087, // verb sign
    -0.111363, // verb take
    -0.199088, // verb talk
    -0.077344, // verb write
  ],
  bias: 2.070523,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3024 tasks; held out in 5 folds: AUC 0.848, at the threshold 2321 of 2388 real tasks kept and 408 of 636 others",
};
