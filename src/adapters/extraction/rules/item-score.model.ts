// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.60926, // ownerRep
    0.39074, // ownerCustomer
    0.78266, // hasDueDate
    1.834562, // evidenceCount
    6.791802, // textWords
    3.55146, // objectWords
    0.106458, // pronounObject
    0.025951, // vagueText
    0.789148, // promise
    0.024182, // letMe
    0.164258, // question
    0.075494, // request
    0.079623, // conditional
    0.020643, // hedge
    0.028605, // obligation
    21.279564, // quoteWords
    0.502654, // position
    0.706863, // mentionedElsewhere
    0.400714, // mentionedLate
    5.107638, // callItems
    1.029516, // itemsPerTenTurns
    0.213211, // sameHead
    0.081096, // maxSimilarity
    0.099676, // sharedEvidence
    0.411088, // namedInText
    0.461811, // acknowledged
    0.003834, // verb add
    0.032144, // verb ask
    0.007372, // verb book
    0.027131, // verb call
    0.005308, // verb cancel
    0.029785, // verb check
    0.005013, // verb close
    0.008847, // verb confirm
    0.004129, // verb countersign
    0.004718, // verb deactivate
    0.022412, // verb email
    0.005308, // verb extend
    0.007962, // verb fill
    0.004129, // verb find
    0.016514, // verb forward
    0.032144, // verb get
    0.004129, // verb give
    0.171631, // verb have
    0.051902, // verb hold
    0.007078, // verb pass
    0.003834, // verb pull
    0.01563, // verb put
    0.005898, // verb run
    0.005603, // verb schedule
    0.370392, // verb send
    0.017104, // verb set
    0.004423, // verb share
    0.006193, // verb ship
    0.019758, // verb sign
    0.008847, // verb take
    0.007962, // verb talk
    0.004129, // verb update
    0.005603, // verb write
  ],
  scale: [
    0.487916, // ownerRep
    0.487916, // ownerCustomer
    0.412436, // hasDueDate
    0.723737, // evidenceCount
    2.997149, // textWords
    1.912474, // objectWords
    0.308423, // pronounObject
    0.158989, // vagueText
    0.407914, // promise
    0.153613, // letMe
    0.37051, // question
    0.264187, // request
    0.270708, // conditional
    0.142186, // hedge
    0.166694, // obligation
    10.531958, // quoteWords
    0.201679, // position
    0.318874, // mentionedElsewhere
    0.375836, // mentionedLate
    1.460551, // callItems
    0.401841, // itemsPerTenTurns
    0.459138, // sameHead
    0.103113, // maxSimilarity
    0.308299, // sharedEvidence
    0.492031, // namedInText
    0.498539, // acknowledged
    0.061798, // verb add
    0.176382, // verb ask
    0.085546, // verb book
    0.162464, // verb call
    0.072664, // verb cancel
    0.169993, // verb check
    0.070627, // verb close
    0.093641, // verb confirm
    0.064121, // verb countersign
    0.068528, // verb deactivate
    0.14802, // verb email
    0.072664, // verb extend
    0.088876, // verb fill
    0.064121, // verb find
    0.127442, // verb forward
    0.176382, // verb get
    0.064121, // verb give
    0.377059, // verb have
    0.221829, // verb hold
    0.08383, // verb pass
    0.061798, // verb pull
    0.124038, // verb put
    0.076571, // verb run
    0.074644, // verb schedule
    0.48291, // verb send
    0.129659, // verb set
    0.066362, // verb share
    0.078451, // verb ship
    0.139168, // verb sign
    0.093641, // verb take
    0.088876, // verb talk
    0.064121, // verb update
    0.074644, // verb write
  ],
  weights: [
    -0.097578, // ownerRep
    0.097578, // ownerCustomer
    0.384535, // hasDueDate
    0.157564, // evidenceCount
    0.24007, // textWords
    0.873613, // objectWords
    -0.328301, // pronounObject
    0.003005, // vagueText
    0.183331, // promise
    -0.164937, // letMe
    0.044102, // question
    -0.213734, // request
    -0.212451, // conditional
    -0.077284, // hedge
    -0.05286, // obligation
    0.665097, // quoteWords
    -0.005293, // position
    0.168837, // mentionedElsewhere
    0.158779, // mentionedLate
    -0.629563, // callItems
    0.440215, // itemsPerTenTurns
    -0.152738, // sameHead
    -0.33012, // maxSimilarity
    -0.016003, // sharedEvidence
    0.111891, // namedInText
    0.161101, // acknowledged
    -0.046297, // verb add
    -0.02961, // verb ask
    0.085268, // verb book
    -0.057968, // verb call
    0.052669, // verb cancel
    0.000411, // verb check
    0.042538, // verb close
    0.10226, // verb confirm
    0.084046, // verb countersign
    0.101857, // verb deactivate
    0.158607, // verb email
    0.052487, // verb extend
    0.170073, // verb fill
    0.044052, // verb find
    0.234091, // verb forward
    -0.079055, // verb get
    -0.100281, // verb give
    0.250334, // verb have
    0.160076, // verb hold
    -0.000899, // verb pass
    -0.02707, // verb pull
    -0.054574, // verb put
    0.081971, // verb run
    -0.038874, // verb schedule
    0.358682, // verb send
    0.078671, // verb set
    0.287752, // verb share
    0.023297, // verb ship
    0.029566, // verb sign
    -0.143583, // verb take
    -0.15278, // verb talk
    0.010819, // verb update
    -0.092789, // verb write
  ],
  bias: 2.218466,
  threshold: 0.38,
  trainedOn: "726 English dev calls, 3391 tasks; held out in 5 folds: AUC 0.851, at the threshold 2659 of 2730 real tasks kept and 406 of 661 others",
};
