// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614159, // ownerRep
    0.385841, // ownerCustomer
    0.771683, // hasDueDate
    1.785397, // evidenceCount
    6.743514, // textWords
    3.522239, // objectWords
    0.098962, // pronounObject
    0.030022, // vagueText
    0.788362, // promise
    0.024463, // letMe
    0.144922, // question
    0.072646, // request
    0.081542, // conditional
    0.01705, // hedge
    0.027057, // obligation
    20.813936, // quoteWords
    0.507896, // position
    0.711522, // mentionedElsewhere
    0.410362, // mentionedLate
    5.285397, // callItems
    1.084449, // itemsPerTenTurns
    0.225723, // sameHead
    0.086804, // maxSimilarity
    0.123425, // sharedEvidence
    0.41401, // namedInText
    0.47146, // acknowledged
    0.004448, // verb add
    0.02854, // verb ask
    0.007042, // verb book
    0.027057, // verb call
    0.004448, // verb cancel
    0.035953, // verb check
    0.004818, // verb close
    0.007784, // verb confirm
    0.00556, // verb deactivate
    0.004448, // verb delete
    0.022609, // verb email
    0.00593, // verb extend
    0.007784, // verb fill
    0.004818, // verb find
    0.017791, // verb forward
    0.031505, // verb get
    0.004818, // verb give
    0.165678, // verb have
    0.05152, // verb hold
    0.006301, // verb pass
    0.015567, // verb put
    0.00593, // verb run
    0.005189, // verb schedule
    0.363973, // verb send
    0.018162, // verb set
    0.005189, // verb share
    0.00556, // verb ship
    0.021127, // verb sign
    0.010749, // verb take
    0.010007, // verb talk
    0.00556, // verb write
  ],
  scale: [
    0.486793, // ownerRep
    0.486793, // ownerCustomer
    0.419748, // hasDueDate
    0.708611, // evidenceCount
    3.01998, // textWords
    1.936842, // objectWords
    0.298611, // pronounObject
    0.170648, // vagueText
    0.40847, // promise
    0.15448, // letMe
    0.352022, // question
    0.259555, // request
    0.273665, // conditional
    0.129456, // hedge
    0.16225, // obligation
    10.235996, // quoteWords
    0.201164, // position
    0.316572, // mentionedElsewhere
    0.379978, // mentionedLate
    1.490549, // callItems
    0.42359, // itemsPerTenTurns
    0.470609, // sameHead
    0.106772, // maxSimilarity
    0.350738, // sharedEvidence
    0.49255, // namedInText
    0.499185, // acknowledged
    0.066543, // verb add
    0.166509, // verb ask
    0.083622, // verb book
    0.16225, // verb call
    0.066543, // verb cancel
    0.186172, // verb check
    0.069247, // verb close
    0.08788, // verb confirm
    0.074356, // verb deactivate
    0.066543, // verb delete
    0.148654, // verb email
    0.07678, // verb extend
    0.08788, // verb fill
    0.069247, // verb find
    0.132191, // verb forward
    0.174678, // verb get
    0.069247, // verb give
    0.371792, // verb have
    0.221055, // verb hold
    0.079128, // verb pass
    0.123793, // verb put
    0.07678, // verb run
    0.071848, // verb schedule
    0.481141, // verb send
    0.133536, // verb set
    0.071848, // verb share
    0.074356, // verb ship
    0.143807, // verb sign
    0.103117, // verb take
    0.099535, // verb talk
    0.074356, // verb write
  ],
  weights: [
    -0.121802, // ownerRep
    0.121802, // ownerCustomer
    0.301297, // hasDueDate
    0.151049, // evidenceCount
    0.118468, // textWords
    0.988747, // objectWords
    -0.258623, // pronounObject
    0.036643, // vagueText
    0.224059, // promise
    -0.138665, // letMe
    0.146485, // question
    -0.328408, // request
    -0.18962, // conditional
    -0.113314, // hedge
    -0.078565, // obligation
    0.587205, // quoteWords
    -0.041106, // position
    0.27397, // mentionedElsewhere
    0.117029, // mentionedLate
    -0.65534, // callItems
    0.437585, // itemsPerTenTurns
    -0.184009, // sameHead
    -0.37018, // maxSimilarity
    -0.008739, // sharedEvidence
    0.097801, // namedInText
    0.18727, // acknowledged
    -0.064271, // verb add
    -0.062983, // verb ask
    0.029845, // verb book
    -0.137128, // verb call
    0.03904, // verb cancel
    -0.072519, // verb check
    0.018182, // verb close
    0.082032, // verb confirm
    0.135387, // verb deactivate
    -0.162409, // verb delete
    0.141867, // verb email
    0.115407, // verb extend
    0.48956, // verb fill
    -0.033863, // verb find
    0.191974, // verb forward
    -0.113005, // verb get
    -0.100068, // verb give
    0.213665, // verb have
    0.153424, // verb hold
    0.011049, // verb pass
    -0.05335, // verb put
    0.10057, // verb run
    -0.010012, // verb schedule
    0.42051, // verb send
    0.138042, // verb set
    0.294219, // verb share
    -0.04157, // verb ship
    0.056356, // verb sign
    -0.106473, // verb take
    -0.219359, // verb talk
    -0.126831, // verb write
  ],
  bias: 2.161739,
  threshold: 0.35,
  trainedOn: "558 English dev calls, 2698 tasks; held out in 5 folds: AUC 0.850, at the threshold 2095 of 2147 real tasks kept and 363 of 551 others",
};
