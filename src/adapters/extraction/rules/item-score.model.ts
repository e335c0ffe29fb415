// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609605, // ownerRep
    0.390395, // ownerCustomer
    0.781968, // hasDueDate
    1.834708, // evidenceCount
    6.790807, // textWords
    3.549794, // objectWords
    0.106659, // pronounObject
    0.026223, // vagueText
    0.78845, // promise
    0.02416, // letMe
    0.164702, // question
    0.075427, // request
    0.080436, // conditional
    0.020625, // hedge
    0.028874, // obligation
    21.279316, // quoteWords
    0.502743, // position
    0.706606, // mentionedElsewhere
    0.400654, // mentionedLate
    5.112257, // callItems
    1.030193, // itemsPerTenTurns
    0.213907, // sameHead
    0.081061, // maxSimilarity
    0.099588, // sharedEvidence
    0.410725, // namedInText
    0.461402, // acknowledged
    0.00383, // verb add
    0.032115, // verb ask
    0.007366, // verb book
    0.027107, // verb call
    0.005303, // verb cancel
    0.029758, // verb check
    0.005009, // verb close
    0.008839, // verb confirm
    0.004125, // verb countersign
    0.004714, // verb deactivate
    0.022392, // verb email
    0.005303, // verb extend
    0.007955, // verb fill
    0.004125, // verb find
    0.0165, // verb forward
    0.032115, // verb get
    0.004125, // verb give
    0.171479, // verb have
    0.051856, // verb hold
    0.007071, // verb pass
    0.00383, // verb pull
    0.015616, // verb put
    0.005893, // verb run
    0.005598, // verb schedule
    0.370065, // verb send
    0.017384, // verb set
    0.00442, // verb share
    0.006187, // verb ship
    0.019741, // verb sign
    0.008839, // verb take
    0.007955, // verb talk
    0.004125, // verb update
    0.005598, // verb write
  ],
  scale: [
    0.487839, // ownerRep
    0.487839, // ownerCustomer
    0.412909, // hasDueDate
    0.723841, // evidenceCount
    2.998992, // textWords
    1.913116, // objectWords
    0.308679, // pronounObject
    0.159797, // vagueText
    0.408407, // promise
    0.153547, // letMe
    0.370912, // question
    0.264079, // request
    0.271967, // conditional
    0.142124, // hedge
    0.167454, // obligation
    10.529656, // quoteWords
    0.201634, // position
    0.3191, // mentionedElsewhere
    0.375936, // mentionedLate
    1.46278, // callItems
    0.401472, // itemsPerTenTurns
    0.460811, // sameHead
    0.103089, // maxSimilarity
    0.308177, // sharedEvidence
    0.491965, // namedInText
    0.498508, // acknowledged
    0.061771, // verb add
    0.176307, // verb ask
    0.085508, // verb book
    0.162394, // verb call
    0.072632, // verb cancel
    0.16992, // verb check
    0.070596, // verb close
    0.0936, // verb confirm
    0.064093, // verb countersign
    0.068498, // verb deactivate
    0.147956, // verb email
    0.072632, // verb extend
    0.088837, // verb fill
    0.064093, // verb find
    0.127387, // verb forward
    0.176307, // verb get
    0.064093, // verb give
    0.376927, // verb have
    0.221737, // verb hold
    0.083793, // verb pass
    0.061771, // verb pull
    0.123984, // verb put
    0.076538, // verb run
    0.074611, // verb schedule
    0.482822, // verb send
    0.130696, // verb set
    0.066333, // verb share
    0.078416, // verb ship
    0.139108, // verb sign
    0.0936, // verb take
    0.088837, // verb talk
    0.064093, // verb update
    0.074611, // verb write
  ],
  weights: [
    -0.098104, // ownerRep
    0.098104, // ownerCustomer
    0.387999, // hasDueDate
    0.155011, // evidenceCount
    0.219178, // textWords
    0.88934, // objectWords
    -0.324499, // pronounObject
    0.001714, // vagueText
    0.191418, // promise
    -0.164077, // letMe
    0.046579, // question
    -0.213416, // request
    -0.22009, // conditional
    -0.077415, // hedge
    -0.054969, // obligation
    0.664832, // quoteWords
    -0.007627, // position
    0.171963, // mentionedElsewhere
    0.15668, // mentionedLate
    -0.620823, // callItems
    0.43784, // itemsPerTenTurns
    -0.154135, // sameHead
    -0.330442, // maxSimilarity
    -0.014242, // sharedEvidence
    0.116089, // namedInText
    0.161543, // acknowledged
    -0.046476, // verb add
    -0.030284, // verb ask
    0.086376, // verb book
    -0.058292, // verb call
    0.053164, // verb cancel
    0.002555, // verb check
    0.042413, // verb close
    0.102527, // verb confirm
    0.086911, // verb countersign
    0.102195, // verb deactivate
    0.158213, // verb email
    0.05276, // verb extend
    0.170546, // verb fill
    0.043791, // verb find
    0.234014, // verb forward
    -0.078914, // verb get
    -0.100559, // verb give
    0.24932, // verb have
    0.163106, // verb hold
    0.00033, // verb pass
    -0.027218, // verb pull
    -0.053213, // verb put
    0.082038, // verb run
    -0.038021, // verb schedule
    0.360576, // verb send
    0.06771, // verb set
    0.288099, // verb share
    0.023323, // verb ship
    0.030486, // verb sign
    -0.142962, // verb take
    -0.15259, // verb talk
    0.011426, // verb update
    -0.092227, // verb write
  ],
  bias: 2.211953,
  threshold: 0.38,
  trainedOn: "726 English dev calls, 3394 tasks; held out in 5 folds: AUC 0.851, at the threshold 2660 of 2730 real tasks kept and 408 of 664 others",
};
