// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614106, // ownerRep
    0.385894, // ownerCustomer
    0.769941, // hasDueDate
    1.78065, // evidenceCount
    6.737075, // textWords
    3.52031, // objectWords
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
    0.710813, // mentionedElsewhere
    0.410038, // mentionedLate
    5.306869, // callItems
    1.0888, // itemsPerTenTurns
    0.224151, // sameHead
    0.086415, // maxSimilarity
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
    3.027252, // textWords
    1.940957, // objectWords
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
    0.316938, // mentionedElsewhere
    0.379819, // mentionedLate
    1.500368, // callItems
    0.424621, // itemsPerTenTurns
    0.468719, // sameHead
    0.106513, // maxSimilarity
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
    -0.123679, // ownerRep
    0.123679, // ownerCustomer
    0.315321, // hasDueDate
    0.17876, // evidenceCount
    0.121875, // textWords
    0.965512, // objectWords
    -0.260843, // pronounObject
    0.043494, // vagueText
    0.248836, // promise
    -0.128515, // letMe
    0.153417, // question
    -0.319213, // request
    -0.192785, // conditional
    -0.081487, // hedge
    -0.074426, // obligation
    0.536783, // quoteWords
    -0.049109, // position
    0.273329, // mentionedElsewhere
    0.106198, // mentionedLate
    -0.662886, // callItems
    0.43237, // itemsPerTenTurns
    -0.155168, // sameHead
    -0.371084, // maxSimilarity
    0.000215, // sharedEvidence
    0.096064, // namedInText
    0.18647, // acknowledged
    -0.065269, // verb add
    -0.046234, // verb ask
    0.005906, // verb book
    -0.125303, // verb call
    0.034568, // verb cancel
    -0.071317, // verb check
    0.0178, // verb close
    0.079758, // verb confirm
    0.133557, // verb deactivate
    -0.162725, // verb delete
    0.136087, // verb email
    0.114493, // verb extend
    0.483546, // verb fill
    -0.037148, // verb find
    0.184085, // verb forward
    -0.116964, // verb get
    -0.100387, // verb give
    0.223663, // verb have
    0.112878, // verb hold
    0.01012, // verb pass
    -0.067043, // verb put
    0.099605, // verb run
    -0.01243, // verb schedule
    0.385841, // verb send
    0.13736, // verb set
    0.292895, // verb share
    -0.042848, // verb ship
    0.047439, // verb sign
    -0.102369, // verb take
    -0.216854, // verb talk
    -0.12565, // verb write
  ],
  bias: 2.120654,
  threshold: 0.38,
  trainedOn: "558 English dev calls, 2708 tasks; held out in 5 folds: AUC 0.848, at the threshold 2081 of 2145 real tasks kept and 355 of 563 others",
};
