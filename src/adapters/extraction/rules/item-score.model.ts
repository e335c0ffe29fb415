// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612563, // ownerRep
    0.387437, // ownerCustomer
    0.769021, // hasDueDate
    1.779165, // evidenceCount
    6.708155, // textWords
    3.498244, // objectWords
    0.100273, // pronounObject
    0.031213, // vagueText
    0.785408, // promise
    0.025751, // letMe
    0.149434, // question
    0.074912, // request
    0.082716, // conditional
    0.017167, // hedge
    0.026141, // obligation
    20.719079, // quoteWords
    0.509439, // position
    0.70988, // mentionedElsewhere
    0.409548, // mentionedLate
    5.335154, // callItems
    1.094289, // itemsPerTenTurns
    0.219274, // sameHead
    0.085676, // maxSimilarity
    0.120562, // sharedEvidence
    0.408506, // namedInText
    0.470152, // acknowledged
    0.004682, // verb add
    0.026531, // verb ask
    0.007413, // verb book
    0.026922, // verb call
    0.033945, // verb check
    0.005072, // verb close
    0.008194, // verb confirm
    0.005853, // verb deactivate
    0.004682, // verb delete
    0.0238, // verb email
    0.006243, // verb extend
    0.008194, // verb fill
    0.004682, // verb find
    0.017948, // verb forward
    0.031994, // verb get
    0.005072, // verb give
    0.16387, // verb have
    0.051502, // verb hold
    0.006633, // verb pass
    0.016387, // verb put
    0.006243, // verb run
    0.005462, // verb schedule
    0.363636, // verb send
    0.019118, // verb set
    0.005462, // verb share
    0.005072, // verb ship
    0.020679, // verb sign
    0.010144, // verb take
    0.009754, // verb talk
    0.005462, // verb write
  ],
  scale: [
    0.487165, // ownerRep
    0.487165, // ownerCustomer
    0.421459, // hasDueDate
    0.708625, // evidenceCount
    3.018198, // textWords
    1.936037, // objectWords
    0.300364, // pronounObject
    0.173894, // vagueText
    0.410539, // promise
    0.158392, // letMe
    0.356516, // question
    0.26325, // request
    0.275452, // conditional
    0.129895, // hedge
    0.159555, // obligation
    10.231151, // quoteWords
    0.201024, // position
    0.31914, // mentionedElsewhere
    0.381677, // mentionedLate
    1.518401, // callItems
    0.430889, // itemsPerTenTurns
    0.463564, // sameHead
    0.105415, // maxSimilarity
    0.34876, // sharedEvidence
    0.491558, // namedInText
    0.499108, // acknowledged
    0.068265, // verb add
    0.160709, // verb ask
    0.08578, // verb book
    0.161854, // verb call
    0.181087, // verb check
    0.071038, // verb close
    0.090146, // verb confirm
    0.076278, // verb deactivate
    0.068265, // verb delete
    0.152426, // verb email
    0.078764, // verb extend
    0.090146, // verb fill
    0.068265, // verb find
    0.132761, // verb forward
    0.175983, // verb get
    0.071038, // verb give
    0.370158, // verb have
    0.22102, // verb hold
    0.081172, // verb pass
    0.126959, // verb put
    0.078764, // verb run
    0.073706, // verb schedule
    0.481046, // verb send
    0.136941, // verb set
    0.073706, // verb share
    0.071038, // verb ship
    0.142307, // verb sign
    0.100207, // verb take
    0.09828, // verb talk
    0.073706, // verb write
  ],
  weights: [
    -0.109865, // ownerRep
    0.109865, // ownerCustomer
    0.306706, // hasDueDate
    0.170922, // evidenceCount
    0.071289, // textWords
    0.986675, // objectWords
    -0.246456, // pronounObject
    0.019673, // vagueText
    0.237655, // promise
    -0.137903, // letMe
    0.123736, // question
    -0.305715, // request
    -0.19894, // conditional
    -0.098011, // hedge
    -0.085416, // obligation
    0.572202, // quoteWords
    -0.025405, // position
    0.301375, // mentionedElsewhere
    0.077808, // mentionedLate
    -0.659815, // callItems
    0.448099, // itemsPerTenTurns
    -0.134471, // sameHead
    -0.392394, // maxSimilarity
    0.012488, // sharedEvidence
    0.105706, // namedInText
    0.191929, // acknowledged
    -0.073335, // verb add
    -0.06647, // verb ask
    -0.003365, // verb book
    -0.141887, // verb call
    -0.069601, // verb check
    0.01213, // verb close
    0.072832, // verb confirm
    0.131139, // verb deactivate
    -0.173477, // verb delete
    0.127591, // verb email
    0.108363, // verb extend
    0.491379, // verb fill
    -0.040173, // verb find
    0.205349, // verb forward
    -0.092515, // verb get
    -0.106957, // verb give
    0.200204, // verb have
    0.102098, // verb hold
    0.004018, // verb pass
    -0.087627, // verb put
    0.095873, // verb run
    -0.014283, // verb schedule
    0.371501, // verb send
    0.131683, // verb set
    0.293876, // verb share
    -0.050442, // verb ship
    0.048763, // verb sign
    -0.200404, // verb take
    -0.219271, // verb talk
    -0.093071, // verb write
  ],
  bias: 2.119989,
  threshold: 0.35,
  trainedOn: "526 English dev calls, 2563 tasks; held out in 5 folds: AUC 0.849, at the threshold 1979 of 2030 real tasks kept and 356 of 533 others",
};
