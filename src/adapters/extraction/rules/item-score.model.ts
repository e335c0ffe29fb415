// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.61388, // ownerRep
    0.38612, // ownerCustomer
    0.769288, // hasDueDate
    1.779993, // evidenceCount
    6.732743, // textWords
    3.517903, // objectWords
    0.097822, // pronounObject
    0.030269, // vagueText
    0.787375, // promise
    0.024363, // letMe
    0.143965, // question
    0.072721, // request
    0.08158, // conditional
    0.016611, // hedge
    0.027316, // obligation
    20.775932, // quoteWords
    0.508494, // position
    0.710193, // mentionedElsewhere
    0.409484, // mentionedLate
    5.308232, // callItems
    1.089189, // itemsPerTenTurns
    0.22333, // sameHead
    0.086267, // maxSimilarity
    0.121447, // sharedEvidence
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
    0.708248, // evidenceCount
    3.024113, // textWords
    1.940646, // objectWords
    0.297074, // pronounObject
    0.171328, // vagueText
    0.409164, // promise
    0.154174, // letMe
    0.351054, // question
    0.259677, // request
    0.273724, // conditional
    0.12781, // hedge
    0.163004, // obligation
    10.239671, // quoteWords
    0.201371, // position
    0.317239, // mentionedElsewhere
    0.37975, // mentionedLate
    1.499308, // callItems
    0.424532, // itemsPerTenTurns
    0.468217, // sameHead
    0.106529, // maxSimilarity
    0.348516, // sharedEvidence
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
    -0.117035, // ownerRep
    0.117035, // ownerCustomer
    0.319271, // hasDueDate
    0.185674, // evidenceCount
    0.135768, // textWords
    0.957908, // objectWords
    -0.247798, // pronounObject
    0.046548, // vagueText
    0.24512, // promise
    -0.127387, // letMe
    0.150832, // question
    -0.312098, // request
    -0.189003, // conditional
    -0.079342, // hedge
    -0.071692, // obligation
    0.528281, // quoteWords
    -0.045802, // position
    0.279387, // mentionedElsewhere
    0.109152, // mentionedLate
    -0.660279, // callItems
    0.433248, // itemsPerTenTurns
    -0.153143, // sameHead
    -0.366487, // maxSimilarity
    0.000404, // sharedEvidence
    0.09774, // namedInText
    0.18666, // acknowledged
    -0.065644, // verb add
    -0.046652, // verb ask
    0.005392, // verb book
    -0.126172, // verb call
    0.038378, // verb cancel
    -0.07219, // verb check
    0.018145, // verb close
    0.079669, // verb confirm
    0.132988, // verb deactivate
    -0.163231, // verb delete
    0.137619, // verb email
    0.114298, // verb extend
    0.482445, // verb fill
    -0.036734, // verb find
    0.185628, // verb forward
    -0.117, // verb get
    -0.098459, // verb give
    0.223501, // verb have
    0.109093, // verb hold
    0.009877, // verb pass
    -0.06695, // verb put
    0.099445, // verb run
    -0.011947, // verb schedule
    0.377643, // verb send
    0.136048, // verb set
    0.292886, // verb share
    -0.041885, // verb ship
    0.050015, // verb sign
    -0.101231, // verb take
    -0.218319, // verb talk
    -0.121378, // verb write
  ],
  bias: 2.110128,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2709 tasks; held out in 5 folds: AUC 0.847, at the threshold 2084 of 2144 real tasks kept and 361 of 565 others",
};
