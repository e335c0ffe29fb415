// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614106, // ownerRep
    0.385894, // ownerCustomer
    0.769941, // hasDueDate
    1.78065, // evidenceCount
    6.736337, // textWords
    3.519572, // objectWords
    0.098597, // pronounObject
    0.030281, // vagueText
    0.787297, // promise
    0.024372, // letMe
    0.144018, // question
    0.072747, // request
    0.08161, // conditional
    0.016617, // hedge
    0.027326, // obligation
    20.778065, // quoteWords
    0.508497, // position
    0.7108, // mentionedElsewhere
    0.410064, // mentionedLate
    5.306869, // callItems
    1.0888, // itemsPerTenTurns
    0.223781, // sameHead
    0.08636, // maxSimilarity
    0.121492, // sharedEvidence
    0.411743, // namedInText
    0.470089, // acknowledged
    0.004431, // verb add
    0.028434, // verb ask
    0.007386, // verb book
    0.026957, // verb call
    0.004431, // verb cancel
    0.03582, // verb check
    0.004801, // verb close
    0.007755, // verb confirm
    0.005539, // verb deactivate
    0.004431, // verb delete
    0.022526, // verb email
    0.005908, // verb extend
    0.007755, // verb fill
    0.004801, // verb find
    0.017725, // verb forward
    0.031758, // verb get
    0.004801, // verb give
    0.165066, // verb have
    0.051329, // verb hold
    0.006278, // verb pass
    0.015879, // verb put
    0.005908, // verb run
    0.00517, // verb schedule
    0.364476, // verb send
    0.018095, // verb set
    0.00517, // verb share
    0.005539, // verb ship
    0.021049, // verb sign
    0.010709, // verb take
    0.00997, // verb talk
    0.005539, // verb write
  ],
  scale: [
    0.486806, // ownerRep
    0.486806, // ownerCustomer
    0.42087, // hasDueDate
    0.708074, // evidenceCount
    3.025967, // textWords
    1.939442, // objectWords
    0.29812, // pronounObject
    0.171358, // vagueText
    0.409219, // promise
    0.154202, // letMe
    0.351108, // question
    0.259721, // request
    0.27377, // conditional
    0.127833, // hedge
    0.163033, // obligation
    10.235874, // quoteWords
    0.201408, // position
    0.316931, // mentionedElsewhere
    0.379849, // mentionedLate
    1.500368, // callItems
    0.424621, // itemsPerTenTurns
    0.468501, // sameHead
    0.106507, // maxSimilarity
    0.348572, // sharedEvidence
    0.492149, // namedInText
    0.499105, // acknowledged
    0.06642, // verb add
    0.16621, // verb ask
    0.085621, // verb book
    0.161958, // verb call
    0.06642, // verb cancel
    0.185841, // verb check
    0.06912, // verb close
    0.087719, // verb confirm
    0.074219, // verb deactivate
    0.06642, // verb delete
    0.148386, // verb email
    0.076639, // verb extend
    0.087719, // verb fill
    0.06912, // verb find
    0.131951, // verb forward
    0.175354, // verb get
    0.06912, // verb give
    0.371241, // verb have
    0.220669, // verb hold
    0.078983, // verb pass
    0.125007, // verb put
    0.076639, // verb run
    0.071716, // verb schedule
    0.481283, // verb send
    0.133293, // verb set
    0.071716, // verb share
    0.074219, // verb ship
    0.143547, // verb sign
    0.102929, // verb take
    0.099353, // verb talk
    0.074219, // verb write
  ],
  weights: [
    -0.123615, // ownerRep
    0.123615, // ownerCustomer
    0.315188, // hasDueDate
    0.179196, // evidenceCount
    0.120713, // textWords
    0.965792, // objectWords
    -0.260588, // pronounObject
    0.043541, // vagueText
    0.248705, // promise
    -0.128442, // letMe
    0.153678, // question
    -0.319402, // request
    -0.192722, // conditional
    -0.081481, // hedge
    -0.074336, // obligation
    0.53659, // quoteWords
    -0.048746, // position
    0.273382, // mentionedElsewhere
    0.106259, // mentionedLate
    -0.662782, // callItems
    0.432652, // itemsPerTenTurns
    -0.156558, // sameHead
    -0.37089, // maxSimilarity
    0.00058, // sharedEvidence
    0.096746, // namedInText
    0.186335, // acknowledged
    -0.065283, // verb add
    -0.046413, // verb ask
    0.005908, // verb book
    -0.125497, // verb call
    0.0346, // verb cancel
    -0.072329, // verb check
    0.017763, // verb close
    0.079728, // verb confirm
    0.13356, // verb deactivate
    -0.162756, // verb delete
    0.136101, // verb email
    0.114456, // verb extend
    0.483619, // verb fill
    -0.03713, // verb find
    0.184162, // verb forward
    -0.116934, // verb get
    -0.100436, // verb give
    0.223202, // verb have
    0.112971, // verb hold
    0.010045, // verb pass
    -0.067035, // verb put
    0.099584, // verb run
    -0.012441, // verb schedule
    0.386087, // verb send
    0.137464, // verb set
    0.292836, // verb share
    -0.04286, // verb ship
    0.047526, // verb sign
    -0.102436, // verb take
    -0.216891, // verb talk
    -0.125677, // verb write
  ],
  bias: 2.120475,
  threshold: 0.38,
  trainedOn: "558 English dev calls, 2708 tasks; held out in 5 folds: AUC 0.848, at the threshold 2082 of 2145 real tasks kept and 354 of 563 others",
};
