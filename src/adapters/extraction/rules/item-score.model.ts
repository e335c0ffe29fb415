// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.610771, // ownerRep
    0.389229, // ownerCustomer
    0.775879, // hasDueDate
    1.818768, // evidenceCount
    6.798452, // textWords
    3.547888, // objectWords
    0.104805, // pronounObject
    0.026121, // vagueText
    0.785553, // promise
    0.024508, // letMe
    0.151886, // question
    0.076104, // request
    0.081264, // conditional
    0.017414, // hedge
    0.027733, // obligation
    20.939697, // quoteWords
    0.501745, // position
    0.706587, // mentionedElsewhere
    0.405389, // mentionedLate
    5.198001, // callItems
    1.052679, // itemsPerTenTurns
    0.221541, // sameHead
    0.083466, // maxSimilarity
    0.109965, // sharedEvidence
    0.408255, // namedInText
    0.464689, // acknowledged
    0.004192, // verb add
    0.030635, // verb ask
    0.007094, // verb book
    0.026443, // verb call
    0.004515, // verb cancel
    0.034505, // verb check
    0.00516, // verb close
    0.007739, // verb confirm
    0.004192, // verb countersign
    0.00516, // verb deactivate
    0.021928, // verb email
    0.005805, // verb extend
    0.008384, // verb fill
    0.004192, // verb find
    0.017414, // verb forward
    0.031603, // verb get
    0.00387, // verb give
    0.165108, // verb have
    0.051596, // verb hold
    0.007417, // verb pass
    0.014511, // verb put
    0.005805, // verb run
    0.005482, // verb schedule
    0.371493, // verb send
    0.017736, // verb set
    0.004837, // verb share
    0.005482, // verb ship
    0.020639, // verb sign
    0.009674, // verb take
    0.009997, // verb talk
    0.005805, // verb write
  ],
  scale: [
    0.487575, // ownerRep
    0.487575, // ownerCustomer
    0.417002, // hasDueDate
    0.718339, // evidenceCount
    3.020036, // textWords
    1.926925, // objectWords
    0.306302, // pronounObject
    0.159494, // vagueText
    0.410438, // promise
    0.154621, // letMe
    0.358911, // question
    0.265165, // request
    0.27324, // conditional
    0.130807, // hedge
    0.164207, // obligation
    10.400644, // quoteWords
    0.201464, // position
    0.319235, // mentionedElsewhere
    0.377716, // mentionedLate
    1.49776, // callItems
    0.408001, // itemsPerTenTurns
    0.467175, // sameHead
    0.105782, // maxSimilarity
    0.32498, // sharedEvidence
    0.491511, // namedInText
    0.498752, // acknowledged
    0.064611, // verb add
    0.172327, // verb ask
    0.083929, // verb book
    0.160449, // verb call
    0.067039, // verb cancel
    0.182522, // verb check
    0.071645, // verb close
    0.087633, // verb confirm
    0.064611, // verb countersign
    0.071645, // verb deactivate
    0.14645, // verb email
    0.075966, // verb extend
    0.091182, // verb fill
    0.064611, // verb find
    0.130807, // verb forward
    0.17494, // verb get
    0.062087, // verb give
    0.371278, // verb have
    0.22121, // verb hold
    0.085802, // verb pass
    0.119586, // verb put
    0.075966, // verb run
    0.073838, // verb schedule
    0.483204, // verb send
    0.131991, // verb set
    0.069381, // verb share
    0.073838, // verb ship
    0.142171, // verb sign
    0.097881, // verb take
    0.099483, // verb talk
    0.075966, // verb write
  ],
  weights: [
    -0.099411, // ownerRep
    0.099411, // ownerCustomer
    0.336803, // hasDueDate
    0.218052, // evidenceCount
    0.207952, // textWords
    0.872019, // objectWords
    -0.29654, // pronounObject
    0.018454, // vagueText
    0.209268, // promise
    -0.17877, // letMe
    -0.019911, // question
    -0.193549, // request
    -0.189262, // conditional
    -0.095549, // hedge
    -0.089523, // obligation
    0.57921, // quoteWords
    -0.009758, // position
    0.179738, // mentionedElsewhere
    0.136405, // mentionedLate
    -0.622386, // callItems
    0.424635, // itemsPerTenTurns
    -0.156322, // sameHead
    -0.331523, // maxSimilarity
    0.022858, // sharedEvidence
    0.085274, // namedInText
    0.169008, // acknowledged
    -0.078805, // verb add
    -0.03426, // verb ask
    0.052905, // verb book
    -0.058011, // verb call
    0.110021, // verb cancel
    -0.026864, // verb check
    0.031613, // verb close
    0.131643, // verb confirm
    0.077902, // verb countersign
    0.105187, // verb deactivate
    0.163868, // verb email
    0.054142, // verb extend
    0.168434, // verb fill
    0.047762, // verb find
    0.231613, // verb forward
    -0.070689, // verb get
    -0.076512, // verb give
    0.243112, // verb have
    0.190824, // verb hold
    -0.004452, // verb pass
    -0.04459, // verb put
    0.112766, // verb run
    -0.008919, // verb schedule
    0.374522, // verb send
    0.09863, // verb set
    0.298833, // verb share
    0.058819, // verb ship
    0.026481, // verb sign
    -0.111792, // verb take
    -0.179904, // verb talk
    -0.07614, // verb write
  ],
  bias: 2.129487,
  threshold: 0.38,
  trainedOn: "654 English dev calls, 3101 tasks; held out in 5 folds: AUC 0.849, at the threshold 2402 of 2477 real tasks kept and 400 of 624 others",
};
