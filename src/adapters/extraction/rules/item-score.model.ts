// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609552, // ownerRep
    0.390448, // ownerCustomer
    0.775522, // hasDueDate
    1.825373, // evidenceCount
    6.788955, // textWords
    3.544478, // objectWords
    0.107463, // pronounObject
    0.027164, // vagueText
    0.784179, // promise
    0.025672, // letMe
    0.16597, // question
    0.074925, // request
    0.08, // conditional
    0.020597, // hedge
    0.030149, // obligation
    21.259701, // quoteWords
    0.502895, // position
    0.706148, // mentionedElsewhere
    0.399981, // mentionedLate
    5.163881, // callItems
    1.041492, // itemsPerTenTurns
    0.217015, // sameHead
    0.081293, // maxSimilarity
    0.101493, // sharedEvidence
    0.408955, // namedInText
    0.46, // acknowledged
    0.003881, // verb add
    0.032537, // verb ask
    0.007164, // verb book
    0.026866, // verb call
    0.004776, // verb cancel
    0.033731, // verb check
    0.005075, // verb close
    0.008955, // verb confirm
    0.004179, // verb countersign
    0.004776, // verb deactivate
    0.021791, // verb email
    0.005373, // verb extend
    0.007761, // verb fill
    0.004179, // verb find
    0.016418, // verb forward
    0.03194, // verb get
    0.004179, // verb give
    0.170149, // verb have
    0.05194, // verb hold
    0.007164, // verb pass
    0.003582, // verb pull
    0.015224, // verb put
    0.00597, // verb run
    0.005672, // verb schedule
    0.36806, // verb send
    0.017612, // verb set
    0.004478, // verb share
    0.005672, // verb ship
    0.020299, // verb sign
    0.008657, // verb take
    0.00806, // verb talk
    0.004179, // verb update
    0.005672, // verb write
  ],
  scale: [
    0.487851, // ownerRep
    0.487851, // ownerCustomer
    0.417238, // hasDueDate
    0.720871, // evidenceCount
    3.009229, // textWords
    1.924615, // objectWords
    0.309701, // pronounObject
    0.162562, // vagueText
    0.411391, // promise
    0.158154, // letMe
    0.372054, // question
    0.263271, // request
    0.271293, // conditional
    0.142031, // hedge
    0.170998, // obligation
    10.557194, // quoteWords
    0.201765, // position
    0.320032, // mentionedElsewhere
    0.377125, // mentionedLate
    1.482739, // callItems
    0.405129, // itemsPerTenTurns
    0.464639, // sameHead
    0.103026, // maxSimilarity
    0.310749, // sharedEvidence
    0.491641, // namedInText
    0.498397, // acknowledged
    0.062173, // verb add
    0.177422, // verb ask
    0.084338, // verb book
    0.161691, // verb call
    0.068944, // verb cancel
    0.180537, // verb check
    0.071055, // verb close
    0.094207, // verb confirm
    0.064511, // verb countersign
    0.068944, // verb deactivate
    0.146001, // verb email
    0.073104, // verb extend
    0.087755, // verb fill
    0.064511, // verb find
    0.127076, // verb forward
    0.175841, // verb get
    0.064511, // verb give
    0.375764, // verb have
    0.221907, // verb hold
    0.084338, // verb pass
    0.059743, // verb pull
    0.122442, // verb put
    0.077036, // verb run
    0.075096, // verb schedule
    0.482278, // verb send
    0.131536, // verb set
    0.066765, // verb share
    0.075096, // verb ship
    0.141019, // verb sign
    0.092638, // verb take
    0.089413, // verb talk
    0.064511, // verb update
    0.075096, // verb write
  ],
  weights: [
    -0.106915, // ownerRep
    0.106915, // ownerCustomer
    0.390164, // hasDueDate
    0.192456, // evidenceCount
    0.224224, // textWords
    0.868817, // objectWords
    -0.295918, // pronounObject
    0.017337, // vagueText
    0.203434, // promise
    -0.180396, // letMe
    0.009871, // question
    -0.199626, // request
    -0.214858, // conditional
    -0.073043, // hedge
    -0.057725, // obligation
    0.666676, // quoteWords
    0.003981, // position
    0.155958, // mentionedElsewhere
    0.194173, // mentionedLate
    -0.620937, // callItems
    0.42267, // itemsPerTenTurns
    -0.15474, // sameHead
    -0.327524, // maxSimilarity
    -0.024298, // sharedEvidence
    0.107667, // namedInText
    0.16056, // acknowledged
    -0.046344, // verb add
    -0.025213, // verb ask
    0.079868, // verb book
    -0.060478, // verb call
    0.03374, // verb cancel
    0.010779, // verb check
    0.045522, // verb close
    0.113702, // verb confirm
    0.089802, // verb countersign
    0.101659, // verb deactivate
    0.161408, // verb email
    0.050588, // verb extend
    0.163275, // verb fill
    0.043306, // verb find
    0.228453, // verb forward
    -0.094013, // verb get
    -0.100207, // verb give
    0.258407, // verb have
    0.183415, // verb hold
    -0.006129, // verb pass
    0.028166, // verb pull
    -0.04206, // verb put
    0.088761, // verb run
    -0.02643, // verb schedule
    0.354865, // verb send
    0.06845, // verb set
    0.286784, // verb share
    0.063085, // verb ship
    0.015388, // verb sign
    -0.132842, // verb take
    -0.151693, // verb talk
    0.008732, // verb update
    -0.09523, // verb write
  ],
  bias: 2.199562,
  threshold: 0.36,
  trainedOn: "710 English dev calls, 3350 tasks; held out in 5 folds: AUC 0.854, at the threshold 2617 of 2686 real tasks kept and 417 of 664 others",
};
