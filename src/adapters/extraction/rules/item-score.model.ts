// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613821, // ownerRep
    0.386179, // ownerCustomer
    0.77051, // hasDueDate
    1.780857, // evidenceCount
    6.73799, // textWords
    3.520325, // objectWords
    0.09867, // pronounObject
    0.030303, // vagueText
    0.787509, // promise
    0.02439, // letMe
    0.144124, // question
    0.072801, // request
    0.08167, // conditional
    0.01663, // hedge
    0.027347, // obligation
    20.781227, // quoteWords
    0.508312, // position
    0.711246, // mentionedElsewhere
    0.410249, // mentionedLate
    5.301922, // callItems
    1.087564, // itemsPerTenTurns
    0.224686, // sameHead
    0.086444, // maxSimilarity
    0.121582, // sharedEvidence
    0.412047, // namedInText
    0.470436, // acknowledged
    0.004435, // verb add
    0.028455, // verb ask
    0.007391, // verb book
    0.026977, // verb call
    0.004435, // verb cancel
    0.035846, // verb check
    0.004804, // verb close
    0.007761, // verb confirm
    0.005543, // verb deactivate
    0.004435, // verb delete
    0.022542, // verb email
    0.005913, // verb extend
    0.007761, // verb fill
    0.004804, // verb find
    0.017738, // verb forward
    0.031781, // verb get
    0.004804, // verb give
    0.165188, // verb have
    0.051367, // verb hold
    0.006282, // verb pass
    0.015891, // verb put
    0.005913, // verb run
    0.005174, // verb schedule
    0.364006, // verb send
    0.018108, // verb set
    0.005174, // verb share
    0.005543, // verb ship
    0.021064, // verb sign
    0.010717, // verb take
    0.009978, // verb talk
    0.005543, // verb write
  ],
  scale: [
    0.486872, // ownerRep
    0.486872, // ownerCustomer
    0.420505, // hasDueDate
    0.708164, // evidenceCount
    3.028031, // textWords
    1.941816, // objectWords
    0.298218, // pronounObject
    0.17142, // vagueText
    0.40907, // promise
    0.154257, // letMe
    0.351216, // question
    0.25981, // request
    0.273862, // conditional
    0.127879, // hedge
    0.163091, // obligation
    10.238986, // quoteWords
    0.201368, // position
    0.316782, // mentionedElsewhere
    0.379986, // mentionedLate
    1.4985, // callItems
    0.423943, // itemsPerTenTurns
    0.46907, // sameHead
    0.106542, // maxSimilarity
    0.348685, // sharedEvidence
    0.492204, // namedInText
    0.499125, // acknowledged
    0.066445, // verb add
    0.16627, // verb ask
    0.085653, // verb book
    0.162016, // verb call
    0.066445, // verb cancel
    0.185907, // verb check
    0.069145, // verb close
    0.087751, // verb confirm
    0.074246, // verb deactivate
    0.066445, // verb delete
    0.14844, // verb email
    0.076667, // verb extend
    0.087751, // verb fill
    0.069145, // verb find
    0.131999, // verb forward
    0.175417, // verb get
    0.069145, // verb give
    0.371351, // verb have
    0.220746, // verb hold
    0.079012, // verb pass
    0.125052, // verb put
    0.076667, // verb run
    0.071742, // verb schedule
    0.48115, // verb send
    0.133342, // verb set
    0.071742, // verb share
    0.074246, // verb ship
    0.143599, // verb sign
    0.102966, // verb take
    0.099389, // verb talk
    0.074246, // verb write
  ],
  weights: [
    -0.121816, // ownerRep
    0.121816, // ownerCustomer
    0.305606, // hasDueDate
    0.180278, // evidenceCount
    0.105901, // textWords
    0.986498, // objectWords
    -0.259468, // pronounObject
    0.043314, // vagueText
    0.24223, // promise
    -0.130336, // letMe
    0.152688, // question
    -0.322627, // request
    -0.196364, // conditional
    -0.082047, // hedge
    -0.076641, // obligation
    0.542619, // quoteWords
    -0.044399, // position
    0.265745, // mentionedElsewhere
    0.113119, // mentionedLate
    -0.659301, // callItems
    0.437217, // itemsPerTenTurns
    -0.162136, // sameHead
    -0.370591, // maxSimilarity
    -0.000955, // sharedEvidence
    0.09335, // namedInText
    0.183347, // acknowledged
    -0.06519, // verb add
    -0.046647, // verb ask
    0.005845, // verb book
    -0.123692, // verb call
    0.035053, // verb cancel
    -0.070155, // verb check
    0.018334, // verb close
    0.079675, // verb confirm
    0.134364, // verb deactivate
    -0.161849, // verb delete
    0.137137, // verb email
    0.114838, // verb extend
    0.484983, // verb fill
    -0.037404, // verb find
    0.186906, // verb forward
    -0.116154, // verb get
    -0.100317, // verb give
    0.22198, // verb have
    0.113599, // verb hold
    0.010099, // verb pass
    -0.067864, // verb put
    0.099045, // verb run
    -0.012499, // verb schedule
    0.396066, // verb send
    0.137874, // verb set
    0.293994, // verb share
    -0.042668, // verb ship
    0.050175, // verb sign
    -0.102353, // verb take
    -0.215607, // verb talk
    -0.125054, // verb write
  ],
  bias: 2.126397,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2706 tasks; held out in 5 folds: AUC 0.848, at the threshold 2086 of 2145 real tasks kept and 364 of 561 others",
};
