// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613757, // ownerRep
    0.386243, // ownerCustomer
    0.772487, // hasDueDate
    1.786706, // evidenceCount
    6.767857, // textWords
    3.533069, // objectWords
    0.100529, // pronounObject
    0.026786, // vagueText
    0.78373, // promise
    0.02414, // letMe
    0.147487, // question
    0.074405, // request
    0.083333, // conditional
    0.016865, // hedge
    0.026786, // obligation
    20.953042, // quoteWords
    0.506157, // position
    0.708772, // mentionedElsewhere
    0.409922, // mentionedLate
    5.308201, // callItems
    1.080686, // itemsPerTenTurns
    0.231481, // sameHead
    0.088283, // maxSimilarity
    0.126653, // sharedEvidence
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
    0.711635, // evidenceCount
    2.999616, // textWords
    1.921637, // objectWords
    0.300704, // pronounObject
    0.161457, // vagueText
    0.4117, // promise
    0.153484, // letMe
    0.354591, // question
    0.262428, // request
    0.276385, // conditional
    0.128766, // hedge
    0.161457, // obligation
    10.359276, // quoteWords
    0.202163, // position
    0.316169, // mentionedElsewhere
    0.377399, // mentionedLate
    1.498539, // callItems
    0.411233, // itemsPerTenTurns
    0.477663, // sameHead
    0.107465, // maxSimilarity
    0.352847, // sharedEvidence
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
    -0.096368, // ownerRep
    0.096368, // ownerCustomer
    0.283413, // hasDueDate
    0.263471, // evidenceCount
    0.16512, // textWords
    0.995388, // objectWords
    -0.285312, // pronounObject
    0.073343, // vagueText
    0.211291, // promise
    -0.165529, // letMe
    0.046432, // question
    -0.251089, // request
    -0.194219, // conditional
    -0.093256, // hedge
    -0.080248, // obligation
    0.524577, // quoteWords
    0.002628, // position
    0.213651, // mentionedElsewhere
    0.130631, // mentionedLate
    -0.59923, // callItems
    0.393738, // itemsPerTenTurns
    -0.136655, // sameHead
    -0.400404, // maxSimilarity
    -0.027229, // sharedEvidence
    0.07995, // namedInText
    0.189436, // acknowledged
    -0.090359, // verb add
    -0.05169, // verb ask
    0.032132, // verb book
    -0.115012, // verb call
    0.07989, // verb cancel
    -0.051399, // verb check
    0.022182, // verb close
    0.074348, // verb confirm
    0.14838, // verb deactivate
    -0.133466, // verb delete
    0.158432, // verb email
    0.075695, // verb extend
    0.256587, // verb fill
    -0.010261, // verb find
    0.211806, // verb forward
    -0.095711, // verb get
    -0.081844, // verb give
    0.164396, // verb have
    0.166141, // verb hold
    -0.002032, // verb pass
    -0.049119, // verb put
    0.109997, // verb run
    0.001831, // verb schedule
    0.419357, // verb send
    0.117285, // verb set
    0.315565, // verb share
    -0.01067, // verb ship
    0.055524, // verb sign
    -0.111215, // verb take
    -0.19793, // verb talk
    -0.076376, // verb write
  ],
  bias: 2.061328,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3024 tasks; held out in 5 folds: AUC 0.847, at the threshold 2320 of 2388 real tasks kept and 409 of 636 others",
};
