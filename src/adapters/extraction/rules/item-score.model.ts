// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609319, // ownerRep
    0.390681, // ownerCustomer
    0.775388, // hasDueDate
    1.82736, // evidenceCount
    6.792115, // textWords
    3.550179, // objectWords
    0.104839, // pronounObject
    0.02718, // vagueText
    0.784648, // promise
    0.025687, // letMe
    0.166368, // question
    0.07497, // request
    0.080346, // conditional
    0.020609, // hedge
    0.030167, // obligation
    21.280765, // quoteWords
    0.502651, // position
    0.706176, // mentionedElsewhere
    0.400004, // mentionedLate
    5.159797, // callItems
    1.040819, // itemsPerTenTurns
    0.217443, // sameHead
    0.081538, // maxSimilarity
    0.100956, // sharedEvidence
    0.412784, // namedInText
    0.459677, // acknowledged
    0.003883, // verb add
    0.032557, // verb ask
    0.007168, // verb book
    0.026882, // verb call
    0.004779, // verb cancel
    0.033751, // verb check
    0.005078, // verb close
    0.008961, // verb confirm
    0.004182, // verb countersign
    0.004779, // verb deactivate
    0.021804, // verb email
    0.005376, // verb extend
    0.007766, // verb fill
    0.004182, // verb find
    0.016428, // verb forward
    0.031959, // verb get
    0.004182, // verb give
    0.171147, // verb have
    0.051971, // verb hold
    0.007168, // verb pass
    0.003584, // verb pull
    0.015233, // verb put
    0.005974, // verb run
    0.005675, // verb schedule
    0.367682, // verb send
    0.017622, // verb set
    0.00448, // verb share
    0.005675, // verb ship
    0.020012, // verb sign
    0.008662, // verb take
    0.008065, // verb talk
    0.004182, // verb update
    0.005675, // verb write
  ],
  scale: [
    0.487903, // ownerRep
    0.487903, // ownerCustomer
    0.417326, // hasDueDate
    0.720541, // evidenceCount
    3.00792, // textWords
    1.921439, // objectWords
    0.306345, // pronounObject
    0.162609, // vagueText
    0.411067, // promise
    0.1582, // letMe
    0.372411, // question
    0.263343, // request
    0.271829, // conditional
    0.142072, // hedge
    0.171047, // obligation
    10.559895, // quoteWords
    0.201577, // position
    0.319479, // mentionedElsewhere
    0.376562, // mentionedLate
    1.480812, // callItems
    0.404886, // itemsPerTenTurns
    0.465571, // sameHead
    0.103097, // maxSimilarity
    0.310065, // sharedEvidence
    0.492335, // namedInText
    0.498371, // acknowledged
    0.062192, // verb add
    0.177473, // verb ask
    0.084363, // verb book
    0.161738, // verb call
    0.068965, // verb cancel
    0.180589, // verb check
    0.071077, // verb close
    0.094235, // verb confirm
    0.06453, // verb countersign
    0.068965, // verb deactivate
    0.146043, // verb email
    0.073126, // verb extend
    0.087781, // verb fill
    0.06453, // verb find
    0.127114, // verb forward
    0.175892, // verb get
    0.06453, // verb give
    0.376637, // verb have
    0.221969, // verb hold
    0.084363, // verb pass
    0.059761, // verb pull
    0.122478, // verb put
    0.077059, // verb run
    0.075119, // verb schedule
    0.482174, // verb send
    0.131575, // verb set
    0.066785, // verb share
    0.075119, // verb ship
    0.140041, // verb sign
    0.092665, // verb take
    0.08944, // verb talk
    0.06453, // verb update
    0.075119, // verb write
  ],
  weights: [
    -0.108757, // ownerRep
    0.108757, // ownerCustomer
    0.399373, // hasDueDate
    0.189712, // evidenceCount
    0.223999, // textWords
    0.870159, // objectWords
    -0.303089, // pronounObject
    0.017461, // vagueText
    0.197853, // promise
    -0.179476, // letMe
    0.024042, // question
    -0.204424, // request
    -0.221876, // conditional
    -0.073409, // hedge
    -0.057705, // obligation
    0.656441, // quoteWords
    0.00741, // position
    0.150895, // mentionedElsewhere
    0.191467, // mentionedLate
    -0.633447, // callItems
    0.421477, // itemsPerTenTurns
    -0.150828, // sameHead
    -0.320801, // maxSimilarity
    -0.024492, // sharedEvidence
    0.107425, // namedInText
    0.165079, // acknowledged
    -0.047011, // verb add
    -0.024162, // verb ask
    0.079135, // verb book
    -0.063352, // verb call
    0.033078, // verb cancel
    0.008257, // verb check
    0.043563, // verb close
    0.113102, // verb confirm
    0.088487, // verb countersign
    0.101377, // verb deactivate
    0.15888, // verb email
    0.050436, // verb extend
    0.161009, // verb fill
    0.041538, // verb find
    0.222269, // verb forward
    -0.095087, // verb get
    -0.103865, // verb give
    0.262893, // verb have
    0.175188, // verb hold
    -0.005354, // verb pass
    0.02806, // verb pull
    -0.045811, // verb put
    0.088261, // verb run
    -0.031441, // verb schedule
    0.340157, // verb send
    0.06771, // verb set
    0.28677, // verb share
    0.062283, // verb ship
    0.022271, // verb sign
    -0.133512, // verb take
    -0.154311, // verb talk
    0.008534, // verb update
    -0.096433, // verb write
  ],
  bias: 2.208429,
  threshold: 0.35,
  trainedOn: "710 English dev calls, 3348 tasks; held out in 5 folds: AUC 0.852, at the threshold 2625 of 2689 real tasks kept and 416 of 659 others",
};
