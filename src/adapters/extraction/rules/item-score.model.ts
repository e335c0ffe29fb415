// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614022, // ownerRep
    0.385978, // ownerCustomer
    0.769373, // hasDueDate
    1.777122, // evidenceCount
    6.722509, // textWords
    3.508487, // objectWords
    0.097786, // pronounObject
    0.030258, // vagueText
    0.786716, // promise
    0.024354, // letMe
    0.143542, // question
    0.072694, // request
    0.081181, // conditional
    0.016605, // hedge
    0.027675, // obligation
    20.736162, // quoteWords
    0.508568, // position
    0.710439, // mentionedElsewhere
    0.409978, // mentionedLate
    5.311808, // callItems
    1.089556, // itemsPerTenTurns
    0.221033, // sameHead
    0.086121, // maxSimilarity
    0.119926, // sharedEvidence
    0.411439, // namedInText
    0.469742, // acknowledged
    0.004428, // verb add
    0.028413, // verb ask
    0.00738, // verb book
    0.026937, // verb call
    0.004428, // verb cancel
    0.035793, // verb check
    0.004797, // verb close
    0.007749, // verb confirm
    0.005535, // verb deactivate
    0.004428, // verb delete
    0.022509, // verb email
    0.005904, // verb extend
    0.007749, // verb fill
    0.004797, // verb find
    0.017712, // verb forward
    0.031734, // verb get
    0.004797, // verb give
    0.164945, // verb have
    0.051292, // verb hold
    0.006273, // verb pass
    0.015867, // verb put
    0.005904, // verb run
    0.005166, // verb schedule
    0.364945, // verb send
    0.018081, // verb set
    0.005166, // verb share
    0.005535, // verb ship
    0.021033, // verb sign
    0.010701, // verb take
    0.009963, // verb talk
    0.005535, // verb write
  ],
  scale: [
    0.486825, // ownerRep
    0.486825, // ownerCustomer
    0.421234, // hasDueDate
    0.707206, // evidenceCount
    3.008189, // textWords
    1.926251, // objectWords
    0.297025, // pronounObject
    0.171297, // vagueText
    0.409627, // promise
    0.154146, // letMe
    0.350625, // question
    0.259633, // request
    0.273113, // conditional
    0.127787, // hedge
    0.164041, // obligation
    10.20922, // quoteWords
    0.201371, // position
    0.317369, // mentionedElsewhere
    0.380262, // mentionedLate
    1.503688, // callItems
    0.424414, // itemsPerTenTurns
    0.463661, // sameHead
    0.106306, // maxSimilarity
    0.346849, // sharedEvidence
    0.492094, // namedInText
    0.499084, // acknowledged
    0.066396, // verb add
    0.16615, // verb ask
    0.08559, // verb book
    0.1619, // verb call
    0.066396, // verb cancel
    0.185775, // verb check
    0.069094, // verb close
    0.087687, // verb confirm
    0.074192, // verb deactivate
    0.066396, // verb delete
    0.148333, // verb email
    0.076611, // verb extend
    0.087687, // verb fill
    0.069094, // verb find
    0.131903, // verb forward
    0.175292, // verb get
    0.069094, // verb give
    0.371131, // verb have
    0.220592, // verb hold
    0.078954, // verb pass
    0.124962, // verb put
    0.076611, // verb run
    0.071689, // verb schedule
    0.481415, // verb send
    0.133245, // verb set
    0.071689, // verb share
    0.074192, // verb ship
    0.143495, // verb sign
    0.102891, // verb take
    0.099317, // verb talk
    0.074192, // verb write
  ],
  weights: [
    -0.114286, // ownerRep
    0.114286, // ownerCustomer
    0.311481, // hasDueDate
    0.175772, // evidenceCount
    0.073573, // textWords
    0.957705, // objectWords
    -0.223115, // pronounObject
    0.031488, // vagueText
    0.250683, // promise
    -0.124751, // letMe
    0.145001, // question
    -0.306903, // request
    -0.192322, // conditional
    -0.084786, // hedge
    -0.073384, // obligation
    0.549858, // quoteWords
    -0.026541, // position
    0.276828, // mentionedElsewhere
    0.105116, // mentionedLate
    -0.651485, // callItems
    0.42351, // itemsPerTenTurns
    -0.147581, // sameHead
    -0.382865, // maxSimilarity
    0.022114, // sharedEvidence
    0.128442, // namedInText
    0.180129, // acknowledged
    -0.065585, // verb add
    -0.067361, // verb ask
    0.007024, // verb book
    -0.131955, // verb call
    0.040631, // verb cancel
    -0.064095, // verb check
    0.018749, // verb close
    0.078061, // verb confirm
    0.131677, // verb deactivate
    -0.162469, // verb delete
    0.139513, // verb email
    0.112865, // verb extend
    0.486136, // verb fill
    -0.033037, // verb find
    0.182382, // verb forward
    -0.102041, // verb get
    -0.101016, // verb give
    0.21174, // verb have
    0.112062, // verb hold
    0.006819, // verb pass
    -0.062377, // verb put
    0.100748, // verb run
    -0.010413, // verb schedule
    0.386566, // verb send
    0.140263, // verb set
    0.292203, // verb share
    -0.040016, // verb ship
    0.053218, // verb sign
    -0.173211, // verb take
    -0.207169, // verb talk
    -0.118976, // verb write
  ],
  bias: 2.074726,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2710 tasks; held out in 5 folds: AUC 0.844, at the threshold 2082 of 2140 real tasks kept and 371 of 570 others",
};
