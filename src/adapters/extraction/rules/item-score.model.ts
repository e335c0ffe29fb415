// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.611147, // ownerRep
    0.388853, // ownerCustomer
    0.775451, // hasDueDate
    1.81701, // evidenceCount
    6.796392, // textWords
    3.546392, // objectWords
    0.104704, // pronounObject
    0.026095, // vagueText
    0.785438, // promise
    0.024485, // letMe
    0.15174, // question
    0.076031, // request
    0.081186, // conditional
    0.017397, // hedge
    0.027706, // obligation
    20.919459, // quoteWords
    0.501755, // position
    0.706951, // mentionedElsewhere
    0.405856, // mentionedLate
    5.206186, // callItems
    1.054182, // itemsPerTenTurns
    0.221972, // sameHead
    0.083702, // maxSimilarity
    0.109858, // sharedEvidence
    0.407861, // namedInText
    0.46424, // acknowledged
    0.004188, // verb add
    0.030606, // verb ask
    0.007088, // verb book
    0.026418, // verb call
    0.00451, // verb cancel
    0.034472, // verb check
    0.005155, // verb close
    0.007732, // verb confirm
    0.004188, // verb countersign
    0.005155, // verb deactivate
    0.021907, // verb email
    0.005799, // verb extend
    0.008376, // verb fill
    0.004188, // verb find
    0.017397, // verb forward
    0.031572, // verb get
    0.003866, // verb give
    0.165271, // verb have
    0.051546, // verb hold
    0.00741, // verb pass
    0.014497, // verb put
    0.005799, // verb run
    0.005477, // verb schedule
    0.371134, // verb send
    0.018363, // verb set
    0.004832, // verb share
    0.005477, // verb ship
    0.020619, // verb sign
    0.009665, // verb take
    0.009987, // verb talk
    0.005799, // verb write
  ],
  scale: [
    0.48749, // ownerRep
    0.48749, // ownerCustomer
    0.417285, // hasDueDate
    0.718869, // evidenceCount
    3.019338, // textWords
    1.926761, // objectWords
    0.306171, // pronounObject
    0.159419, // vagueText
    0.410518, // promise
    0.154548, // letMe
    0.358768, // question
    0.265048, // request
    0.27312, // conditional
    0.130745, // hedge
    0.16413, // obligation
    10.389946, // quoteWords
    0.201544, // position
    0.31919, // mentionedElsewhere
    0.377864, // mentionedLate
    1.505364, // callItems
    0.408734, // itemsPerTenTurns
    0.467384, // sameHead
    0.105836, // maxSimilarity
    0.324841, // sharedEvidence
    0.491437, // namedInText
    0.49872, // acknowledged
    0.06458, // verb add
    0.172247, // verb ask
    0.083889, // verb book
    0.160373, // verb call
    0.067007, // verb cancel
    0.182437, // verb check
    0.071611, // verb close
    0.087591, // verb confirm
    0.06458, // verb countersign
    0.071611, // verb deactivate
    0.146381, // verb email
    0.07593, // verb extend
    0.091138, // verb fill
    0.06458, // verb find
    0.130745, // verb forward
    0.174858, // verb get
    0.062057, // verb give
    0.371425, // verb have
    0.221109, // verb hold
    0.085761, // verb pass
    0.119529, // verb put
    0.07593, // verb run
    0.073802, // verb schedule
    0.483108, // verb send
    0.134262, // verb set
    0.069348, // verb share
    0.073802, // verb ship
    0.142104, // verb sign
    0.097834, // verb take
    0.099435, // verb talk
    0.07593, // verb write
  ],
  weights: [
    -0.102426, // ownerRep
    0.102426, // ownerCustomer
    0.328541, // hasDueDate
    0.220609, // evidenceCount
    0.206863, // textWords
    0.880626, // objectWords
    -0.294323, // pronounObject
    0.019781, // vagueText
    0.19943, // promise
    -0.180681, // letMe
    -0.02092, // question
    -0.19484, // request
    -0.189865, // conditional
    -0.096718, // hedge
    -0.090386, // obligation
    0.582768, // quoteWords
    -0.007069, // position
    0.179817, // mentionedElsewhere
    0.134532, // mentionedLate
    -0.626684, // callItems
    0.424738, // itemsPerTenTurns
    -0.152569, // sameHead
    -0.332799, // maxSimilarity
    0.022439, // sharedEvidence
    0.094192, // namedInText
    0.171835, // acknowledged
    -0.078991, // verb add
    -0.037363, // verb ask
    0.053313, // verb book
    -0.058134, // verb call
    0.111211, // verb cancel
    -0.028599, // verb check
    0.033177, // verb close
    0.131895, // verb confirm
    0.07842, // verb countersign
    0.107019, // verb deactivate
    0.165416, // verb email
    0.055064, // verb extend
    0.167934, // verb fill
    0.047857, // verb find
    0.229781, // verb forward
    -0.071226, // verb get
    -0.076989, // verb give
    0.222556, // verb have
    0.191437, // verb hold
    -0.005398, // verb pass
    -0.044822, // verb put
    0.113667, // verb run
    -0.008045, // verb schedule
    0.379926, // verb send
    0.113578, // verb set
    0.298398, // verb share
    0.059336, // verb ship
    0.027476, // verb sign
    -0.113375, // verb take
    -0.180695, // verb talk
    -0.076835, // verb write
  ],
  bias: 2.123098,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3104 tasks; held out in 5 folds: AUC 0.849, at the threshold 2409 of 2477 real tasks kept and 406 of 627 others",
};
