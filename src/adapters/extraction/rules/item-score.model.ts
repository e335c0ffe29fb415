// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608682, // ownerRep
    0.391318, // ownerCustomer
    0.777883, // hasDueDate
    1.823828, // evidenceCount
    6.786439, // textWords
    3.543726, // objectWords
    0.106147, // pronounObject
    0.026616, // vagueText
    0.787389, // promise
    0.024398, // letMe
    0.163815, // question
    0.076362, // request
    0.082383, // conditional
    0.019962, // hedge
    0.02725, // obligation
    21.259189, // quoteWords
    0.501957, // position
    0.705934, // mentionedElsewhere
    0.404409, // mentionedLate
    5.163498, // callItems
    1.049004, // itemsPerTenTurns
    0.219265, // sameHead
    0.081572, // maxSimilarity
    0.10076, // sharedEvidence
    0.408428, // namedInText
    0.463561, // acknowledged
    0.004119, // verb add
    0.031052, // verb ask
    0.006971, // verb book
    0.026616, // verb call
    0.004436, // verb cancel
    0.032953, // verb check
    0.005387, // verb close
    0.007921, // verb confirm
    0.004119, // verb countersign
    0.00507, // verb deactivate
    0.021863, // verb email
    0.005703, // verb extend
    0.008238, // verb fill
    0.004119, // verb find
    0.01711, // verb forward
    0.032319, // verb get
    0.004119, // verb give
    0.1673, // verb have
    0.051648, // verb hold
    0.007605, // verb pass
    0.014575, // verb put
    0.005703, // verb run
    0.00602, // verb schedule
    0.371039, // verb send
    0.017744, // verb set
    0.004753, // verb share
    0.005387, // verb ship
    0.020596, // verb sign
    0.009189, // verb take
    0.008238, // verb talk
    0.003802, // verb update
    0.00602, // verb write
  ],
  scale: [
    0.488045, // ownerRep
    0.488045, // ownerCustomer
    0.415669, // hasDueDate
    0.720435, // evidenceCount
    3.002431, // textWords
    1.918075, // objectWords
    0.308026, // pronounObject
    0.160958, // vagueText
    0.409155, // promise
    0.154281, // letMe
    0.370108, // question
    0.265577, // request
    0.274947, // conditional
    0.13987, // hedge
    0.16281, // obligation
    10.575008, // quoteWords
    0.201215, // position
    0.320293, // mentionedElsewhere
    0.37782, // mentionedLate
    1.491382, // callItems
    0.408577, // itemsPerTenTurns
    0.466314, // sameHead
    0.103598, // maxSimilarity
    0.31034, // sharedEvidence
    0.491543, // namedInText
    0.49867, // acknowledged
    0.064048, // verb add
    0.173458, // verb ask
    0.0832, // verb book
    0.160958, // verb call
    0.066455, // verb cancel
    0.178514, // verb check
    0.073195, // verb close
    0.088649, // verb confirm
    0.064048, // verb countersign
    0.071021, // verb deactivate
    0.146237, // verb email
    0.075305, // verb extend
    0.09039, // verb fill
    0.064048, // verb find
    0.129682, // verb forward
    0.176847, // verb get
    0.064048, // verb give
    0.373244, // verb have
    0.221315, // verb hold
    0.086872, // verb pass
    0.119846, // verb put
    0.075305, // verb run
    0.077357, // verb schedule
    0.483083, // verb send
    0.132019, // verb set
    0.068777, // verb share
    0.073195, // verb ship
    0.142026, // verb sign
    0.095417, // verb take
    0.09039, // verb talk
    0.061545, // verb update
    0.077357, // verb write
  ],
  weights: [
    -0.098731, // ownerRep
    0.098731, // ownerCustomer
    0.348733, // hasDueDate
    0.158994, // evidenceCount
    0.260807, // textWords
    0.787551, // objectWords
    -0.312048, // pronounObject
    -0.014556, // vagueText
    0.207733, // promise
    -0.1843, // letMe
    0.01761, // question
    -0.201582, // request
    -0.212432, // conditional
    -0.095579, // hedge
    -0.061452, // obligation
    0.705591, // quoteWords
    -0.008512, // position
    0.184228, // mentionedElsewhere
    0.124424, // mentionedLate
    -0.603863, // callItems
    0.411784, // itemsPerTenTurns
    -0.148451, // sameHead
    -0.306338, // maxSimilarity
    -0.016876, // sharedEvidence
    0.087609, // namedInText
    0.18579, // acknowledged
    -0.046136, // verb add
    -0.015574, // verb ask
    0.055989, // verb book
    -0.038224, // verb call
    0.112911, // verb cancel
    -0.012135, // verb check
    0.043131, // verb close
    0.137337, // verb confirm
    0.073816, // verb countersign
    0.106266, // verb deactivate
    0.167099, // verb email
    0.053068, // verb extend
    0.166604, // verb fill
    0.052718, // verb find
    0.23499, // verb forward
    -0.083826, // verb get
    -0.096974, // verb give
    0.266704, // verb have
    0.176921, // verb hold
    -0.006643, // verb pass
    -0.030721, // verb put
    0.115016, // verb run
    -0.023043, // verb schedule
    0.363682, // verb send
    0.081913, // verb set
    0.295729, // verb share
    0.061684, // verb ship
    0.030174, // verb sign
    -0.130479, // verb take
    -0.140511, // verb talk
    -0.002948, // verb update
    -0.087503, // verb write
  ],
  bias: 2.186504,
  threshold: 0.37,
  trainedOn: "670 English dev calls, 3156 tasks; held out in 5 folds: AUC 0.852, at the threshold 2468 of 2535 real tasks kept and 398 of 621 others",
};
