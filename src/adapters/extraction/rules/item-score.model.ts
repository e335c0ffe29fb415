// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609329, // ownerRep
    0.390671, // ownerCustomer
    0.776158, // hasDueDate
    1.822481, // evidenceCount
    6.790411, // textWords
    3.547781, // objectWords
    0.104956, // pronounObject
    0.026563, // vagueText
    0.787496, // promise
    0.024619, // letMe
    0.151927, // question
    0.07645, // request
    0.081633, // conditional
    0.017493, // hedge
    0.027535, // obligation
    20.991578, // quoteWords
    0.501775, // position
    0.706035, // mentionedElsewhere
    0.404993, // mentionedLate
    5.174279, // callItems
    1.049708, // itemsPerTenTurns
    0.219955, // sameHead
    0.082331, // maxSimilarity
    0.107872, // sharedEvidence
    0.407191, // namedInText
    0.465177, // acknowledged
    0.004211, // verb add
    0.030774, // verb ask
    0.007127, // verb book
    0.026563, // verb call
    0.004535, // verb cancel
    0.03369, // verb check
    0.005183, // verb close
    0.007775, // verb confirm
    0.004211, // verb countersign
    0.005183, // verb deactivate
    0.022028, // verb email
    0.005831, // verb extend
    0.008422, // verb fill
    0.004211, // verb find
    0.017493, // verb forward
    0.031746, // verb get
    0.003887, // verb give
    0.165857, // verb have
    0.050534, // verb hold
    0.007451, // verb pass
    0.014577, // verb put
    0.005831, // verb run
    0.005507, // verb schedule
    0.372854, // verb send
    0.017817, // verb set
    0.004859, // verb share
    0.005507, // verb ship
    0.020732, // verb sign
    0.009394, // verb take
    0.008422, // verb talk
    0.005831, // verb write
  ],
  scale: [
    0.487901, // ownerRep
    0.487901, // ownerCustomer
    0.416817, // hasDueDate
    0.719194, // evidenceCount
    3.015745, // textWords
    1.927139, // objectWords
    0.306497, // pronounObject
    0.160802, // vagueText
    0.40908, // promise
    0.154962, // letMe
    0.358951, // question
    0.265716, // request
    0.273804, // conditional
    0.131098, // hedge
    0.163636, // obligation
    10.437836, // quoteWords
    0.200993, // position
    0.319607, // mentionedElsewhere
    0.378064, // mentionedLate
    1.494861, // callItems
    0.410045, // itemsPerTenTurns
    0.467142, // sameHead
    0.104647, // maxSimilarity
    0.322506, // sharedEvidence
    0.491311, // namedInText
    0.498786, // acknowledged
    0.064757, // verb add
    0.172705, // verb ask
    0.084118, // verb book
    0.160802, // verb call
    0.067191, // verb cancel
    0.180429, // verb check
    0.071806, // verb close
    0.08783, // verb confirm
    0.064757, // verb countersign
    0.071806, // verb deactivate
    0.146774, // verb email
    0.076137, // verb extend
    0.091386, // verb fill
    0.064757, // verb find
    0.131098, // verb forward
    0.175323, // verb get
    0.062227, // verb give
    0.371952, // verb have
    0.219045, // verb hold
    0.085995, // verb pass
    0.119853, // verb put
    0.076137, // verb run
    0.074004, // verb schedule
    0.483564, // verb send
    0.132285, // verb set
    0.069538, // verb share
    0.074004, // verb ship
    0.142486, // verb sign
    0.096468, // verb take
    0.091386, // verb talk
    0.076137, // verb write
  ],
  weights: [
    -0.094935, // ownerRep
    0.094935, // ownerCustomer
    0.340011, // hasDueDate
    0.205324, // evidenceCount
    0.23399, // textWords
    0.839812, // objectWords
    -0.301679, // pronounObject
    0.007326, // vagueText
    0.19876, // promise
    -0.189371, // letMe
    -0.029024, // question
    -0.192584, // request
    -0.196835, // conditional
    -0.104242, // hedge
    -0.096736, // obligation
    0.60988, // quoteWords
    -0.011668, // position
    0.193149, // mentionedElsewhere
    0.119846, // mentionedLate
    -0.604541, // callItems
    0.418346, // itemsPerTenTurns
    -0.156761, // sameHead
    -0.33542, // maxSimilarity
    0.02252, // sharedEvidence
    0.104014, // namedInText
    0.173132, // acknowledged
    -0.081254, // verb add
    -0.020996, // verb ask
    0.054386, // verb book
    -0.052998, // verb call
    0.11343, // verb cancel
    -0.002776, // verb check
    0.031841, // verb close
    0.133307, // verb confirm
    0.075656, // verb countersign
    0.106985, // verb deactivate
    0.165232, // verb email
    0.054266, // verb extend
    0.171777, // verb fill
    0.052204, // verb find
    0.233062, // verb forward
    -0.0727, // verb get
    -0.075988, // verb give
    0.237695, // verb have
    0.211921, // verb hold
    -0.003351, // verb pass
    -0.04331, // verb put
    0.114739, // verb run
    -0.008545, // verb schedule
    0.379341, // verb send
    0.095688, // verb set
    0.29966, // verb share
    0.059327, // verb ship
    0.030082, // verb sign
    -0.123121, // verb take
    -0.140601, // verb talk
    -0.075078, // verb write
  ],
  bias: 2.166382,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3087 tasks; held out in 5 folds: AUC 0.849, at the threshold 2406 of 2477 real tasks kept and 398 of 610 others",
};
