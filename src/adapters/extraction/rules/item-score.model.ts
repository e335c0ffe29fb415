// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.60893, // ownerRep
    0.39107, // ownerCustomer
    0.776757, // hasDueDate
    1.819823, // evidenceCount
    6.780241, // textWords
    3.540849, // objectWords
    0.10608, // pronounObject
    0.026916, // vagueText
    0.785624, // promise
    0.024383, // letMe
    0.151995, // question
    0.075681, // request
    0.082014, // conditional
    0.017733, // hedge
    0.026916, // obligation
    20.968651, // quoteWords
    0.502457, // position
    0.705857, // mentionedElsewhere
    0.404628, // mentionedLate
    5.164028, // callItems
    1.049478, // itemsPerTenTurns
    0.220076, // sameHead
    0.081907, // maxSimilarity
    0.10608, // sharedEvidence
    0.408803, // namedInText
    0.463901, // acknowledged
    0.004117, // verb add
    0.031032, // verb ask
    0.006966, // verb book
    0.027232, // verb call
    0.004433, // verb cancel
    0.032932, // verb check
    0.005383, // verb close
    0.007916, // verb confirm
    0.004117, // verb countersign
    0.005066, // verb deactivate
    0.021849, // verb email
    0.0057, // verb extend
    0.008233, // verb fill
    0.004117, // verb find
    0.017099, // verb forward
    0.032299, // verb get
    0.004117, // verb give
    0.167511, // verb have
    0.051298, // verb hold
    0.0076, // verb pass
    0.014566, // verb put
    0.0057, // verb run
    0.006016, // verb schedule
    0.371121, // verb send
    0.017733, // verb set
    0.00475, // verb share
    0.005383, // verb ship
    0.020583, // verb sign
    0.009183, // verb take
    0.008233, // verb talk
    0.0038, // verb update
    0.006016, // verb write
  ],
  scale: [
    0.48799, // ownerRep
    0.48799, // ownerCustomer
    0.41642, // hasDueDate
    0.720302, // evidenceCount
    3.00356, // textWords
    1.919718, // objectWords
    0.30794, // pronounObject
    0.161837, // vagueText
    0.410389, // promise
    0.154234, // letMe
    0.359016, // question
    0.264487, // request
    0.274386, // conditional
    0.131978, // hedge
    0.161837, // obligation
    10.442034, // quoteWords
    0.201246, // position
    0.32044, // mentionedElsewhere
    0.37808, // mentionedLate
    1.488082, // callItems
    0.408283, // itemsPerTenTurns
    0.467448, // sameHead
    0.103848, // maxSimilarity
    0.320042, // sharedEvidence
    0.491613, // namedInText
    0.498695, // acknowledged
    0.064028, // verb add
    0.173405, // verb ask
    0.083174, // verb book
    0.16276, // verb call
    0.066434, // verb cancel
    0.178459, // verb check
    0.073172, // verb close
    0.088621, // verb confirm
    0.064028, // verb countersign
    0.070999, // verb deactivate
    0.146191, // verb email
    0.075282, // verb extend
    0.090362, // verb fill
    0.064028, // verb find
    0.129642, // verb forward
    0.176793, // verb get
    0.064028, // verb give
    0.373432, // verb have
    0.220605, // verb hold
    0.086845, // verb pass
    0.119808, // verb put
    0.075282, // verb run
    0.077332, // verb schedule
    0.483105, // verb send
    0.131978, // verb set
    0.068755, // verb share
    0.073172, // verb ship
    0.141982, // verb sign
    0.095387, // verb take
    0.090362, // verb talk
    0.061526, // verb update
    0.077332, // verb write
  ],
  weights: [
    -0.091575, // ownerRep
    0.091575, // ownerCustomer
    0.343536, // hasDueDate
    0.218797, // evidenceCount
    0.264299, // textWords
    0.80545, // objectWords
    -0.304353, // pronounObject
    -0.008658, // vagueText
    0.202045, // promise
    -0.180872, // letMe
    -0.030926, // question
    -0.192086, // request
    -0.204454, // conditional
    -0.105096, // hedge
    -0.068837, // obligation
    0.600215, // quoteWords
    -0.024456, // position
    0.177994, // mentionedElsewhere
    0.123588, // mentionedLate
    -0.579339, // callItems
    0.408816, // itemsPerTenTurns
    -0.16575, // sameHead
    -0.309312, // maxSimilarity
    0.031128, // sharedEvidence
    0.090217, // namedInText
    0.176934, // acknowledged
    -0.077128, // verb add
    -0.018087, // verb ask
    0.056058, // verb book
    -0.036889, // verb call
    0.112894, // verb cancel
    -0.002463, // verb check
    0.044474, // verb close
    0.136291, // verb confirm
    0.073367, // verb countersign
    0.107309, // verb deactivate
    0.167359, // verb email
    0.054266, // verb extend
    0.16594, // verb fill
    0.055142, // verb find
    0.232857, // verb forward
    -0.072417, // verb get
    -0.095351, // verb give
    0.252517, // verb have
    0.194606, // verb hold
    -0.00301, // verb pass
    -0.032564, // verb put
    0.113545, // verb run
    -0.021426, // verb schedule
    0.376475, // verb send
    0.081117, // verb set
    0.298704, // verb share
    0.06035, // verb ship
    0.033034, // verb sign
    -0.129448, // verb take
    -0.141032, // verb talk
    -0.005018, // verb update
    -0.081732, // verb write
  ],
  bias: 2.14307,
  threshold: 0.36,
  trainedOn: "670 English dev calls, 3158 tasks; held out in 5 folds: AUC 0.850, at the threshold 2455 of 2526 real tasks kept and 414 of 632 others",
};
