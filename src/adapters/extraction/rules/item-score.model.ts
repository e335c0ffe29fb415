// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613148, // ownerRep
    0.386852, // ownerCustomer
    0.772052, // hasDueDate
    1.783284, // evidenceCount
    6.745953, // textWords
    3.519656, // objectWords
    0.100099, // pronounObject
    0.030393, // vagueText
    0.783614, // promise
    0.024116, // letMe
    0.14635, // question
    0.074001, // request
    0.083581, // conditional
    0.016518, // hedge
    0.02742, // obligation
    20.921705, // quoteWords
    0.506402, // position
    0.708912, // mentionedElsewhere
    0.410908, // mentionedLate
    5.313181, // callItems
    1.08135, // itemsPerTenTurns
    0.232243, // sameHead
    0.088463, // maxSimilarity
    0.127849, // sharedEvidence
    0.415593, // namedInText
    0.466468, // acknowledged
    0.004295, // verb add
    0.031054, // verb ask
    0.006277, // verb book
    0.02775, // verb call
    0.004295, // verb cancel
    0.035679, // verb check
    0.005286, // verb close
    0.007929, // verb confirm
    0.005286, // verb deactivate
    0.004295, // verb delete
    0.021143, // verb email
    0.005616, // verb extend
    0.008259, // verb fill
    0.004625, // verb find
    0.017509, // verb forward
    0.031384, // verb get
    0.004295, // verb give
    0.166832, // verb have
    0.052197, // verb hold
    0.006607, // verb pass
    0.015197, // verb put
    0.005946, // verb run
    0.004955, // verb schedule
    0.364057, // verb send
    0.0185, // verb set
    0.004955, // verb share
    0.005616, // verb ship
    0.020813, // verb sign
    0.009911, // verb take
    0.010241, // verb talk
    0.005946, // verb write
  ],
  scale: [
    0.487029, // ownerRep
    0.487029, // ownerCustomer
    0.419509, // hasDueDate
    0.710447, // evidenceCount
    3.011137, // textWords
    1.926085, // objectWords
    0.300132, // pronounObject
    0.171666, // vagueText
    0.41178, // promise
    0.15341, // letMe
    0.353456, // question
    0.261772, // request
    0.276759, // conditional
    0.127457, // hedge
    0.163304, // obligation
    10.343944, // quoteWords
    0.202333, // position
    0.316615, // mentionedElsewhere
    0.378677, // mentionedLate
    1.49629, // callItems
    0.410799, // itemsPerTenTurns
    0.481482, // sameHead
    0.107692, // maxSimilarity
    0.354089, // sharedEvidence
    0.492824, // namedInText
    0.498874, // acknowledged
    0.065393, // verb add
    0.173463, // verb ask
    0.078977, // verb book
    0.164256, // verb call
    0.065393, // verb cancel
    0.185488, // verb check
    0.072511, // verb close
    0.088689, // verb confirm
    0.072511, // verb deactivate
    0.065393, // verb delete
    0.143861, // verb email
    0.07473, // verb extend
    0.090503, // verb fill
    0.06785, // verb find
    0.131158, // verb forward
    0.174354, // verb get
    0.065393, // verb give
    0.372826, // verb have
    0.222424, // verb hold
    0.081016, // verb pass
    0.122334, // verb put
    0.076884, // verb run
    0.07022, // verb schedule
    0.481165, // verb send
    0.134751, // verb set
    0.07022, // verb share
    0.07473, // verb ship
    0.142757, // verb sign
    0.099058, // verb take
    0.100679, // verb talk
    0.076884, // verb write
  ],
  weights: [
    -0.097787, // ownerRep
    0.097787, // ownerCustomer
    0.302959, // hasDueDate
    0.259967, // evidenceCount
    0.188943, // textWords
    0.963799, // objectWords
    -0.293791, // pronounObject
    0.081627, // vagueText
    0.209935, // promise
    -0.16454, // letMe
    0.049099, // question
    -0.251925, // request
    -0.190083, // conditional
    -0.108073, // hedge
    -0.088681, // obligation
    0.525246, // quoteWords
    0.007408, // position
    0.213579, // mentionedElsewhere
    0.144057, // mentionedLate
    -0.589793, // callItems
    0.394629, // itemsPerTenTurns
    -0.134898, // sameHead
    -0.384572, // maxSimilarity
    -0.0297, // sharedEvidence
    0.080341, // namedInText
    0.189753, // acknowledged
    -0.090462, // verb add
    -0.054091, // verb ask
    0.03192, // verb book
    -0.144016, // verb call
    0.023096, // verb cancel
    -0.055702, // verb check
    0.021072, // verb close
    0.073896, // verb confirm
    0.146279, // verb deactivate
    -0.135011, // verb delete
    0.156144, // verb email
    0.078227, // verb extend
    0.252075, // verb fill
    -0.010936, // verb find
    0.210989, // verb forward
    -0.102512, // verb get
    -0.081353, // verb give
    0.163293, // verb have
    0.160994, // verb hold
    0.002085, // verb pass
    -0.038782, // verb put
    0.109976, // verb run
    0.000477, // verb schedule
    0.415609, // verb send
    0.115167, // verb set
    0.313598, // verb share
    -0.010845, // verb ship
    0.049073, // verb sign
    -0.108874, // verb take
    -0.198372, // verb talk
    -0.076241, // verb write
  ],
  bias: 2.03475,
  threshold: 0.39,
  trainedOn: "622 English dev calls, 3027 tasks; held out in 5 folds: AUC 0.847, at the threshold 2305 of 2381 real tasks kept and 413 of 646 others",
};
