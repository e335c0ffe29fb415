// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612373, // ownerRep
    0.387627, // ownerCustomer
    0.770164, // hasDueDate
    1.776821, // evidenceCount
    6.64722, // textWords
    3.461237, // objectWords
    0.099452, // pronounObject
    0.034456, // vagueText
    0.785043, // promise
    0.02545, // letMe
    0.149569, // question
    0.074785, // request
    0.082224, // conditional
    0.017228, // hedge
    0.026233, // obligation
    20.665623, // quoteWords
    0.509673, // position
    0.709496, // mentionedElsewhere
    0.409867, // mentionedLate
    5.31989, // callItems
    1.093232, // itemsPerTenTurns
    0.218089, // sameHead
    0.085235, // maxSimilarity
    0.12177, // sharedEvidence
    0.406813, // namedInText
    0.470243, // acknowledged
    0.004699, // verb add
    0.02545, // verb ask
    0.007439, // verb book
    0.027016, // verb call
    0.034064, // verb check
    0.00509, // verb close
    0.008222, // verb confirm
    0.005873, // verb deactivate
    0.004699, // verb delete
    0.023493, // verb email
    0.006265, // verb extend
    0.008222, // verb fill
    0.004699, // verb find
    0.018011, // verb forward
    0.036022, // verb get
    0.00509, // verb give
    0.162882, // verb have
    0.051684, // verb hold
    0.006656, // verb pass
    0.016445, // verb put
    0.006265, // verb run
    0.005482, // verb schedule
    0.365701, // verb send
    0.019186, // verb set
    0.005482, // verb share
    0.00509, // verb ship
    0.020752, // verb sign
    0.00509, // verb take
    0.009789, // verb talk
    0.005482, // verb write
  ],
  scale: [
    0.487209, // ownerRep
    0.487209, // ownerCustomer
    0.420727, // hasDueDate
    0.707602, // evidenceCount
    3.000597, // textWords
    1.918327, // objectWords
    0.299268, // pronounObject
    0.182397, // vagueText
    0.410792, // promise
    0.157488, // letMe
    0.356649, // question
    0.263044, // request
    0.274706, // conditional
    0.130119, // hedge
    0.159829, // obligation
    10.210633, // quoteWords
    0.200862, // position
    0.319703, // mentionedElsewhere
    0.383494, // mentionedLate
    1.521402, // callItems
    0.432752, // itemsPerTenTurns
    0.46722, // sameHead
    0.105418, // maxSimilarity
    0.350148, // sharedEvidence
    0.491239, // namedInText
    0.499114, // acknowledged
    0.068384, // verb add
    0.157488, // verb ask
    0.08593, // verb book
    0.162131, // verb call
    0.181394, // verb check
    0.071163, // verb close
    0.090304, // verb confirm
    0.076411, // verb deactivate
    0.068384, // verb delete
    0.151462, // verb email
    0.078901, // verb extend
    0.090304, // verb fill
    0.068384, // verb find
    0.132991, // verb forward
    0.186345, // verb get
    0.071163, // verb give
    0.369258, // verb have
    0.221388, // verb hold
    0.081314, // verb pass
    0.127178, // verb put
    0.078901, // verb run
    0.073835, // verb schedule
    0.481626, // verb send
    0.137177, // verb set
    0.073835, // verb share
    0.071163, // verb ship
    0.142552, // verb sign
    0.071163, // verb take
    0.098452, // verb talk
    0.073835, // verb write
  ],
  weights: [
    -0.103666, // ownerRep
    0.103666, // ownerCustomer
    0.310507, // hasDueDate
    0.170184, // evidenceCount
    0.031907, // textWords
    1.030718, // objectWords
    -0.245687, // pronounObject
    0.031316, // vagueText
    0.236579, // promise
    -0.149505, // letMe
    0.122915, // question
    -0.308577, // request
    -0.202269, // conditional
    -0.10153, // hedge
    -0.085687, // obligation
    0.564369, // quoteWords
    -0.029124, // position
    0.30333, // mentionedElsewhere
    0.079138, // mentionedLate
    -0.66202, // callItems
    0.447257, // itemsPerTenTurns
    -0.117548, // sameHead
    -0.402919, // maxSimilarity
    0.019636, // sharedEvidence
    0.108667, // namedInText
    0.19424, // acknowledged
    -0.07498, // verb add
    -0.067042, // verb ask
    -0.003049, // verb book
    -0.153261, // verb call
    -0.066939, // verb check
    0.011831, // verb close
    0.074303, // verb confirm
    0.131432, // verb deactivate
    -0.173756, // verb delete
    0.126526, // verb email
    0.109298, // verb extend
    0.493772, // verb fill
    -0.041642, // verb find
    0.207844, // verb forward
    -0.073943, // verb get
    -0.100539, // verb give
    0.18543, // verb have
    0.102903, // verb hold
    0.007747, // verb pass
    -0.069502, // verb put
    0.095828, // verb run
    -0.015235, // verb schedule
    0.370303, // verb send
    0.133007, // verb set
    0.294148, // verb share
    -0.051013, // verb ship
    0.051162, // verb sign
    -0.155286, // verb take
    -0.22498, // verb talk
    -0.092238, // verb write
  ],
  bias: 2.115772,
  threshold: 0.34,
  trainedOn: "526 English dev calls, 2554 tasks; held out in 5 folds: AUC 0.847, at the threshold 1976 of 2022 real tasks kept and 361 of 532 others",
};
