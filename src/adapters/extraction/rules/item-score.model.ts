// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.61388, // ownerRep
    0.38612, // ownerCustomer
    0.769288, // hasDueDate
    1.779254, // evidenceCount
    6.730159, // textWords
    3.516796, // objectWords
    0.097822, // pronounObject
    0.030269, // vagueText
    0.787006, // promise
    0.024363, // letMe
    0.143965, // question
    0.072721, // request
    0.08158, // conditional
    0.016611, // hedge
    0.027316, // obligation
    20.760059, // quoteWords
    0.508494, // position
    0.710241, // mentionedElsewhere
    0.409354, // mentionedLate
    5.308232, // callItems
    1.089189, // itemsPerTenTurns
    0.222591, // sameHead
    0.086263, // maxSimilarity
    0.120709, // sharedEvidence
    0.411591, // namedInText
    0.469915, // acknowledged
    0.00443, // verb add
    0.028424, // verb ask
    0.007383, // verb book
    0.026947, // verb call
    0.00443, // verb cancel
    0.035807, // verb check
    0.004799, // verb close
    0.007752, // verb confirm
    0.005537, // verb deactivate
    0.00443, // verb delete
    0.022518, // verb email
    0.005906, // verb extend
    0.007752, // verb fill
    0.004799, // verb find
    0.017719, // verb forward
    0.031746, // verb get
    0.004799, // verb give
    0.165006, // verb have
    0.05131, // verb hold
    0.006275, // verb pass
    0.015873, // verb put
    0.005906, // verb run
    0.005168, // verb schedule
    0.36471, // verb send
    0.018088, // verb set
    0.005168, // verb share
    0.005537, // verb ship
    0.021041, // verb sign
    0.010705, // verb take
    0.009967, // verb talk
    0.005537, // verb write
  ],
  scale: [
    0.486859, // ownerRep
    0.486859, // ownerCustomer
    0.421289, // hasDueDate
    0.708539, // evidenceCount
    3.020402, // textWords
    1.938562, // objectWords
    0.297074, // pronounObject
    0.171328, // vagueText
    0.409423, // promise
    0.154174, // letMe
    0.351054, // question
    0.259677, // request
    0.273724, // conditional
    0.12781, // hedge
    0.163004, // obligation
    10.229952, // quoteWords
    0.201371, // position
    0.317277, // mentionedElsewhere
    0.37977, // mentionedLate
    1.499308, // callItems
    0.424532, // itemsPerTenTurns
    0.466199, // sameHead
    0.10654, // maxSimilarity
    0.347712, // sharedEvidence
    0.492122, // namedInText
    0.499094, // acknowledged
    0.066408, // verb add
    0.16618, // verb ask
    0.085605, // verb book
    0.161929, // verb call
    0.066408, // verb cancel
    0.185808, // verb check
    0.069107, // verb close
    0.087703, // verb confirm
    0.074205, // verb deactivate
    0.066408, // verb delete
    0.148359, // verb email
    0.076625, // verb extend
    0.087703, // verb fill
    0.069107, // verb find
    0.131927, // verb forward
    0.175323, // verb get
    0.069107, // verb give
    0.371186, // verb have
    0.22063, // verb hold
    0.078968, // verb pass
    0.124984, // verb put
    0.076625, // verb run
    0.071703, // verb schedule
    0.481349, // verb send
    0.133269, // verb set
    0.071703, // verb share
    0.074205, // verb ship
    0.143521, // verb sign
    0.10291, // verb take
    0.099335, // verb talk
    0.074205, // verb write
  ],
  weights: [
    -0.11548, // ownerRep
    0.11548, // ownerCustomer
    0.317186, // hasDueDate
    0.192599, // evidenceCount
    0.144539, // textWords
    0.95359, // objectWords
    -0.247051, // pronounObject
    0.047565, // vagueText
    0.249874, // promise
    -0.126369, // letMe
    0.149232, // question
    -0.310608, // request
    -0.188633, // conditional
    -0.078873, // hedge
    -0.071022, // obligation
    0.522538, // quoteWords
    -0.041521, // position
    0.275158, // mentionedElsewhere
    0.112006, // mentionedLate
    -0.655913, // callItems
    0.429543, // itemsPerTenTurns
    -0.145639, // sameHead
    -0.369329, // maxSimilarity
    -0.000551, // sharedEvidence
    0.09407, // namedInText
    0.181861, // acknowledged
    -0.06556, // verb add
    -0.046771, // verb ask
    0.005463, // verb book
    -0.126036, // verb call
    0.038568, // verb cancel
    -0.072201, // verb check
    0.019112, // verb close
    0.079297, // verb confirm
    0.132957, // verb deactivate
    -0.162815, // verb delete
    0.138023, // verb email
    0.114291, // verb extend
    0.482641, // verb fill
    -0.037049, // verb find
    0.185263, // verb forward
    -0.116957, // verb get
    -0.097786, // verb give
    0.217232, // verb have
    0.110845, // verb hold
    0.009589, // verb pass
    -0.067822, // verb put
    0.099158, // verb run
    -0.011204, // verb schedule
    0.376932, // verb send
    0.135272, // verb set
    0.29366, // verb share
    -0.041355, // verb ship
    0.051297, // verb sign
    -0.100781, // verb take
    -0.218608, // verb talk
    -0.120916, // verb write
  ],
  bias: 2.102504,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2709 tasks; held out in 5 folds: AUC 0.846, at the threshold 2086 of 2143 real tasks kept and 363 of 566 others",
};
