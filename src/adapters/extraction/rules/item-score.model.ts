// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609961, // ownerRep
    0.390039, // ownerCustomer
    0.77652, // hasDueDate
    1.822122, // evidenceCount
    6.792367, // textWords
    3.547219, // objectWords
    0.104787, // pronounObject
    0.026197, // vagueText
    0.786546, // promise
    0.02458, // letMe
    0.152329, // question
    0.076326, // request
    0.081501, // conditional
    0.017464, // hedge
    0.02749, // obligation
    20.984476, // quoteWords
    0.501755, // position
    0.706146, // mentionedElsewhere
    0.404841, // mentionedLate
    5.1837, // callItems
    1.050985, // itemsPerTenTurns
    0.219276, // sameHead
    0.08232, // maxSimilarity
    0.107697, // sharedEvidence
    0.40718, // namedInText
    0.465395, // acknowledged
    0.004204, // verb add
    0.030724, // verb ask
    0.007115, // verb book
    0.026843, // verb call
    0.004528, // verb cancel
    0.033635, // verb check
    0.005175, // verb close
    0.007762, // verb confirm
    0.004204, // verb countersign
    0.005175, // verb deactivate
    0.021992, // verb email
    0.005821, // verb extend
    0.008409, // verb fill
    0.004204, // verb find
    0.017464, // verb forward
    0.031695, // verb get
    0.003881, // verb give
    0.165589, // verb have
    0.051746, // verb hold
    0.007439, // verb pass
    0.014554, // verb put
    0.005821, // verb run
    0.005498, // verb schedule
    0.372251, // verb send
    0.017788, // verb set
    0.004851, // verb share
    0.005498, // verb ship
    0.020699, // verb sign
    0.009379, // verb take
    0.008409, // verb talk
    0.005821, // verb write
  ],
  scale: [
    0.487759, // ownerRep
    0.487759, // ownerCustomer
    0.416577, // hasDueDate
    0.718488, // evidenceCount
    3.014449, // textWords
    1.927545, // objectWords
    0.306278, // pronounObject
    0.15972, // vagueText
    0.409746, // promise
    0.15484, // letMe
    0.359339, // question
    0.265519, // request
    0.273602, // conditional
    0.130994, // hedge
    0.163507, // obligation
    10.4274, // quoteWords
    0.201432, // position
    0.319299, // mentionedElsewhere
    0.377656, // mentionedLate
    1.496401, // callItems
    0.409359, // itemsPerTenTurns
    0.46596, // sameHead
    0.104621, // maxSimilarity
    0.322274, // sharedEvidence
    0.491309, // namedInText
    0.498801, // acknowledged
    0.064705, // verb add
    0.17257, // verb ask
    0.084051, // verb book
    0.161626, // verb call
    0.067137, // verb cancel
    0.180288, // verb check
    0.071749, // verb close
    0.087759, // verb confirm
    0.064705, // verb countersign
    0.071749, // verb deactivate
    0.146658, // verb email
    0.076076, // verb extend
    0.091313, // verb fill
    0.064705, // verb find
    0.130994, // verb forward
    0.175186, // verb get
    0.062177, // verb give
    0.371711, // verb have
    0.221515, // verb hold
    0.085926, // verb pass
    0.119758, // verb put
    0.076076, // verb run
    0.073945, // verb schedule
    0.483405, // verb send
    0.13218, // verb set
    0.069482, // verb share
    0.073945, // verb ship
    0.142373, // verb sign
    0.09639, // verb take
    0.091313, // verb talk
    0.076076, // verb write
  ],
  weights: [
    -0.096177, // ownerRep
    0.096177, // ownerCustomer
    0.342892, // hasDueDate
    0.207714, // evidenceCount
    0.227178, // textWords
    0.857594, // objectWords
    -0.300217, // pronounObject
    0.019652, // vagueText
    0.199295, // promise
    -0.18763, // letMe
    -0.021517, // question
    -0.193337, // request
    -0.192326, // conditional
    -0.096995, // hedge
    -0.095039, // obligation
    0.597871, // quoteWords
    -0.008957, // position
    0.177731, // mentionedElsewhere
    0.138539, // mentionedLate
    -0.614802, // callItems
    0.425761, // itemsPerTenTurns
    -0.152964, // sameHead
    -0.328911, // maxSimilarity
    0.025105, // sharedEvidence
    0.096292, // namedInText
    0.168515, // acknowledged
    -0.080755, // verb add
    -0.019339, // verb ask
    0.053942, // verb book
    -0.057429, // verb call
    0.112889, // verb cancel
    -0.002277, // verb check
    0.032794, // verb close
    0.133684, // verb confirm
    0.076734, // verb countersign
    0.106164, // verb deactivate
    0.166127, // verb email
    0.05521, // verb extend
    0.169574, // verb fill
    0.049515, // verb find
    0.232709, // verb forward
    -0.071526, // verb get
    -0.075188, // verb give
    0.241342, // verb have
    0.18742, // verb hold
    -0.002572, // verb pass
    -0.043532, // verb put
    0.114755, // verb run
    -0.010213, // verb schedule
    0.381003, // verb send
    0.096837, // verb set
    0.299626, // verb share
    0.059991, // verb ship
    0.029934, // verb sign
    -0.121803, // verb take
    -0.138574, // verb talk
    -0.075384, // verb write
  ],
  bias: 2.156379,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3092 tasks; held out in 5 folds: AUC 0.849, at the threshold 2408 of 2478 real tasks kept and 400 of 614 others",
};
