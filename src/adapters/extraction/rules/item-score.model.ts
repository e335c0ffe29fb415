// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609202, // ownerRep
    0.390798, // ownerCustomer
    0.790332, // hasDueDate
    1.844787, // evidenceCount
    6.817123, // textWords
    3.57251, // objectWords
    0.105125, // pronounObject
    0.025626, // vagueText
    0.790041, // promise
    0.024752, // letMe
    0.165114, // question
    0.077169, // request
    0.077752, // conditional
    0.020384, // hedge
    0.028829, // obligation
    21.342749, // quoteWords
    0.501814, // position
    0.706971, // mentionedElsewhere
    0.400145, // mentionedLate
    5.059697, // callItems
    1.020513, // itemsPerTenTurns
    0.20763, // sameHead
    0.080311, // maxSimilarity
    0.097263, // sharedEvidence
    0.41293, // namedInText
    0.458066, // acknowledged
    0.003786, // verb add
    0.031741, // verb ask
    0.007863, // verb book
    0.027665, // verb call
    0.005242, // verb cancel
    0.029703, // verb check
    0.00495, // verb close
    0.00961, // verb confirm
    0.004077, // verb countersign
    0.004659, // verb deactivate
    0.022714, // verb email
    0.005242, // verb extend
    0.008154, // verb fill
    0.00495, // verb find
    0.016599, // verb forward
    0.032906, // verb get
    0.17385, // verb have
    0.052126, // verb hold
    0.00728, // verb pass
    0.003786, // verb pull
    0.012231, // verb put
    0.005824, // verb run
    0.003494, // verb schedule
    0.37449, // verb send
    0.017181, // verb set
    0.004368, // verb share
    0.006115, // verb ship
    0.019511, // verb sign
    0.008736, // verb take
    0.007863, // verb talk
    0.004077, // verb update
    0.005533, // verb write
  ],
  scale: [
    0.487929, // ownerRep
    0.487929, // ownerCustomer
    0.407072, // hasDueDate
    0.725256, // evidenceCount
    2.987801, // textWords
    1.906557, // objectWords
    0.306715, // pronounObject
    0.158017, // vagueText
    0.407279, // promise
    0.15537, // letMe
    0.371283, // question
    0.26686, // request
    0.267781, // conditional
    0.141311, // hedge
    0.167327, // obligation
    10.479138, // quoteWords
    0.201418, // position
    0.318458, // mentionedElsewhere
    0.375562, // mentionedLate
    1.452686, // callItems
    0.400478, // itemsPerTenTurns
    0.4518, // sameHead
    0.103104, // maxSimilarity
    0.305032, // sharedEvidence
    0.49236, // namedInText
    0.498238, // acknowledged
    0.061411, // verb add
    0.175311, // verb ask
    0.088322, // verb book
    0.16401, // verb call
    0.07221, // verb cancel
    0.169767, // verb check
    0.070185, // verb close
    0.097557, // verb confirm
    0.06372, // verb countersign
    0.0681, // verb deactivate
    0.14899, // verb email
    0.07221, // verb extend
    0.089929, // verb fill
    0.070185, // verb find
    0.127762, // verb forward
    0.178391, // verb get
    0.37898, // verb have
    0.222281, // verb hold
    0.085013, // verb pass
    0.061411, // verb pull
    0.109914, // verb put
    0.076093, // verb run
    0.059011, // verb schedule
    0.483991, // verb send
    0.129946, // verb set
    0.065947, // verb share
    0.077961, // verb ship
    0.138312, // verb sign
    0.093058, // verb take
    0.088322, // verb talk
    0.06372, // verb update
    0.074177, // verb write
  ],
  weights: [
    -0.089151, // ownerRep
    0.089151, // ownerCustomer
    0.372995, // hasDueDate
    0.171156, // evidenceCount
    0.328038, // textWords
    0.778379, // objectWords
    -0.3357, // pronounObject
    0.001438, // vagueText
    0.168487, // promise
    -0.170031, // letMe
    0.016315, // question
    -0.206823, // request
    -0.182955, // conditional
    -0.075309, // hedge
    -0.04785, // obligation
    0.654529, // quoteWords
    -0.02252, // position
    0.175368, // mentionedElsewhere
    0.171625, // mentionedLate
    -0.634518, // callItems
    0.433123, // itemsPerTenTurns
    -0.145307, // sameHead
    -0.348563, // maxSimilarity
    0.008033, // sharedEvidence
    0.112399, // namedInText
    0.172233, // acknowledged
    -0.045645, // verb add
    -0.027615, // verb ask
    0.083551, // verb book
    -0.055703, // verb call
    0.049586, // verb cancel
    -0.016406, // verb check
    0.042923, // verb close
    0.101314, // verb confirm
    0.08197, // verb countersign
    0.097763, // verb deactivate
    0.167282, // verb email
    0.049451, // verb extend
    0.173903, // verb fill
    0.05657, // verb find
    0.233815, // verb forward
    -0.103976, // verb get
    0.254935, // verb have
    0.144483, // verb hold
    -0.001459, // verb pass
    -0.026072, // verb pull
    0.049404, // verb put
    0.081866, // verb run
    0.013943, // verb schedule
    0.352443, // verb send
    0.072951, // verb set
    0.286109, // verb share
    0.022902, // verb ship
    0.028355, // verb sign
    -0.146451, // verb take
    -0.152898, // verb talk
    0.007456, // verb update
    -0.09073, // verb write
  ],
  bias: 2.267926,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3434 tasks; held out in 5 folds: AUC 0.847, at the threshold 2730 of 2792 real tasks kept and 420 of 642 others",
};
