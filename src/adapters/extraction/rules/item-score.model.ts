// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.60893, // ownerRep
    0.39107, // ownerCustomer
    0.776757, // hasDueDate
    1.821723, // evidenceCount
    6.780874, // textWords
    3.541482, // objectWords
    0.10608, // pronounObject
    0.026916, // vagueText
    0.78689, // promise
    0.024383, // letMe
    0.163395, // question
    0.076314, // request
    0.082331, // conditional
    0.019949, // hedge
    0.027232, // obligation
    21.232742, // quoteWords
    0.502282, // position
    0.706173, // mentionedElsewhere
    0.404945, // mentionedLate
    5.164028, // callItems
    1.049478, // itemsPerTenTurns
    0.220393, // sameHead
    0.081865, // maxSimilarity
    0.10133, // sharedEvidence
    0.408803, // namedInText
    0.464218, // acknowledged
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
    0.370804, // verb send
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
    0.720335, // evidenceCount
    3.003184, // textWords
    1.919539, // objectWords
    0.30794, // pronounObject
    0.161837, // vagueText
    0.409504, // promise
    0.154234, // letMe
    0.369725, // question
    0.2655, // request
    0.274868, // conditional
    0.139826, // hedge
    0.16276, // obligation
    10.566175, // quoteWords
    0.201184, // position
    0.320319, // mentionedElsewhere
    0.378159, // mentionedLate
    1.488082, // callItems
    0.408283, // itemsPerTenTurns
    0.467638, // sameHead
    0.103976, // maxSimilarity
    0.311066, // sharedEvidence
    0.491613, // namedInText
    0.498718, // acknowledged
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
    0.48302, // verb send
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
    -0.097074, // ownerRep
    0.097074, // ownerCustomer
    0.346944, // hasDueDate
    0.142987, // evidenceCount
    0.255741, // textWords
    0.795735, // objectWords
    -0.306292, // pronounObject
    -0.012409, // vagueText
    0.212697, // promise
    -0.181549, // letMe
    0.0205, // question
    -0.196256, // request
    -0.21471, // conditional
    -0.090551, // hedge
    -0.058791, // obligation
    0.694608, // quoteWords
    -0.014416, // position
    0.179242, // mentionedElsewhere
    0.125074, // mentionedLate
    -0.602629, // callItems
    0.412901, // itemsPerTenTurns
    -0.15981, // sameHead
    -0.311923, // maxSimilarity
    -0.010462, // sharedEvidence
    0.098712, // namedInText
    0.177243, // acknowledged
    -0.044874, // verb add
    -0.014335, // verb ask
    0.057057, // verb book
    -0.039898, // verb call
    0.113173, // verb cancel
    -0.007255, // verb check
    0.044907, // verb close
    0.138981, // verb confirm
    0.07531, // verb countersign
    0.10754, // verb deactivate
    0.17179, // verb email
    0.054842, // verb extend
    0.171365, // verb fill
    0.054396, // verb find
    0.238778, // verb forward
    -0.074876, // verb get
    -0.0966, // verb give
    0.262066, // verb have
    0.175893, // verb hold
    -0.004485, // verb pass
    -0.028152, // verb put
    0.116563, // verb run
    -0.025745, // verb schedule
    0.378343, // verb send
    0.084102, // verb set
    0.297925, // verb share
    0.063098, // verb ship
    0.035874, // verb sign
    -0.128566, // verb take
    -0.139476, // verb talk
    -0.001293, // verb update
    -0.085957, // verb write
  ],
  bias: 2.166837,
  threshold: 0.37,
  trainedOn: "670 English dev calls, 3158 tasks; held out in 5 folds: AUC 0.851, at the threshold 2467 of 2532 real tasks kept and 402 of 626 others",
};
