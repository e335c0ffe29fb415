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
    0.78689, // promise
    0.024383, // letMe
    0.163395, // question
    0.075997, // request
    0.082331, // conditional
    0.019949, // hedge
    0.027232, // obligation
    21.223243, // quoteWords
    0.502457, // position
    0.705857, // mentionedElsewhere
    0.404628, // mentionedLate
    5.164028, // callItems
    1.049478, // itemsPerTenTurns
    0.220076, // sameHead
    0.081816, // maxSimilarity
    0.101963, // sharedEvidence
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
    0.409504, // promise
    0.154234, // letMe
    0.369725, // question
    0.264994, // request
    0.274868, // conditional
    0.139826, // hedge
    0.16276, // obligation
    10.566021, // quoteWords
    0.201246, // position
    0.32044, // mentionedElsewhere
    0.37808, // mentionedLate
    1.488082, // callItems
    0.408283, // itemsPerTenTurns
    0.467448, // sameHead
    0.103975, // maxSimilarity
    0.311876, // sharedEvidence
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
    -0.098235, // ownerRep
    0.098235, // ownerCustomer
    0.344864, // hasDueDate
    0.153801, // evidenceCount
    0.262497, // textWords
    0.788952, // objectWords
    -0.306484, // pronounObject
    -0.011777, // vagueText
    0.208914, // promise
    -0.181326, // letMe
    0.015945, // question
    -0.191262, // request
    -0.212171, // conditional
    -0.089529, // hedge
    -0.058418, // obligation
    0.681651, // quoteWords
    -0.020424, // position
    0.174201, // mentionedElsewhere
    0.124885, // mentionedLate
    -0.598257, // callItems
    0.410433, // itemsPerTenTurns
    -0.160185, // sameHead
    -0.300221, // maxSimilarity
    -0.006319, // sharedEvidence
    0.098315, // namedInText
    0.178716, // acknowledged
    -0.044787, // verb add
    -0.015511, // verb ask
    0.056812, // verb book
    -0.037687, // verb call
    0.112767, // verb cancel
    -0.005802, // verb check
    0.045343, // verb close
    0.138837, // verb confirm
    0.074598, // verb countersign
    0.107838, // verb deactivate
    0.171351, // verb email
    0.054963, // verb extend
    0.167391, // verb fill
    0.053981, // verb find
    0.236321, // verb forward
    -0.075255, // verb get
    -0.096684, // verb give
    0.258352, // verb have
    0.175594, // verb hold
    -0.004627, // verb pass
    -0.029039, // verb put
    0.116393, // verb run
    -0.025545, // verb schedule
    0.370951, // verb send
    0.084379, // verb set
    0.297402, // verb share
    0.062581, // verb ship
    0.034262, // verb sign
    -0.128634, // verb take
    -0.140375, // verb talk
    -0.001903, // verb update
    -0.085402, // verb write
  ],
  bias: 2.158907,
  threshold: 0.36,
  trainedOn: "670 English dev calls, 3158 tasks; held out in 5 folds: AUC 0.850, at the threshold 2466 of 2531 real tasks kept and 406 of 627 others",
};
