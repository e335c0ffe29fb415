// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609513, // ownerRep
    0.390487, // ownerCustomer
    0.779213, // hasDueDate
    1.834997, // evidenceCount
    6.781268, // textWords
    3.541104, // objectWords
    0.107164, // pronounObject
    0.027011, // vagueText
    0.786847, // promise
    0.025837, // letMe
    0.166471, // question
    0.075749, // request
    0.080446, // conditional
    0.020552, // hedge
    0.029654, // obligation
    21.261304, // quoteWords
    0.502848, // position
    0.705584, // mentionedElsewhere
    0.40027, // mentionedLate
    5.134175, // callItems
    1.034666, // itemsPerTenTurns
    0.214034, // sameHead
    0.081055, // maxSimilarity
    0.099237, // sharedEvidence
    0.410159, // namedInText
    0.462713, // acknowledged
    0.003817, // verb add
    0.032002, // verb ask
    0.00734, // verb book
    0.027011, // verb call
    0.005285, // verb cancel
    0.033177, // verb check
    0.004991, // verb close
    0.008808, // verb confirm
    0.00411, // verb countersign
    0.004698, // verb deactivate
    0.022314, // verb email
    0.005285, // verb extend
    0.007927, // verb fill
    0.00411, // verb find
    0.016442, // verb forward
    0.032002, // verb get
    0.00411, // verb give
    0.170875, // verb have
    0.051674, // verb hold
    0.007046, // verb pass
    0.003817, // verb pull
    0.015561, // verb put
    0.005872, // verb run
    0.005578, // verb schedule
    0.368761, // verb send
    0.017322, // verb set
    0.004404, // verb share
    0.006166, // verb ship
    0.019671, // verb sign
    0.008808, // verb take
    0.007927, // verb talk
    0.00411, // verb update
    0.005578, // verb write
  ],
  scale: [
    0.48786, // ownerRep
    0.48786, // ownerCustomer
    0.414777, // hasDueDate
    0.723985, // evidenceCount
    2.99824, // textWords
    1.915857, // objectWords
    0.309321, // pronounObject
    0.162116, // vagueText
    0.409535, // promise
    0.158648, // letMe
    0.372503, // question
    0.264596, // request
    0.271983, // conditional
    0.141879, // hedge
    0.16963, // obligation
    10.530991, // quoteWords
    0.201478, // position
    0.32011, // mentionedElsewhere
    0.3762, // mentionedLate
    1.477139, // callItems
    0.403234, // itemsPerTenTurns
    0.460721, // sameHead
    0.103006, // maxSimilarity
    0.307691, // sharedEvidence
    0.491862, // namedInText
    0.498608, // acknowledged
    0.061662, // verb add
    0.176006, // verb ask
    0.085359, // verb book
    0.162116, // verb call
    0.072504, // verb cancel
    0.179098, // verb check
    0.070472, // verb close
    0.093437, // verb confirm
    0.06398, // verb countersign
    0.068378, // verb deactivate
    0.147701, // verb email
    0.072504, // verb extend
    0.088681, // verb fill
    0.06398, // verb find
    0.127166, // verb forward
    0.176006, // verb get
    0.06398, // verb give
    0.3764, // verb have
    0.221367, // verb hold
    0.083647, // verb pass
    0.061662, // verb pull
    0.123768, // verb put
    0.076404, // verb run
    0.07448, // verb schedule
    0.482469, // verb send
    0.13047, // verb set
    0.066216, // verb share
    0.078279, // verb ship
    0.138868, // verb sign
    0.093437, // verb take
    0.088681, // verb talk
    0.06398, // verb update
    0.07448, // verb write
  ],
  weights: [
    -0.098208, // ownerRep
    0.098208, // ownerCustomer
    0.387808, // hasDueDate
    0.127525, // evidenceCount
    0.2416, // textWords
    0.863072, // objectWords
    -0.320449, // pronounObject
    0.015621, // vagueText
    0.189251, // promise
    -0.179108, // letMe
    0.031516, // question
    -0.186783, // request
    -0.219485, // conditional
    -0.075954, // hedge
    -0.053259, // obligation
    0.687066, // quoteWords
    -0.008489, // position
    0.158411, // mentionedElsewhere
    0.165311, // mentionedLate
    -0.61423, // callItems
    0.428487, // itemsPerTenTurns
    -0.149452, // sameHead
    -0.325469, // maxSimilarity
    -0.01411, // sharedEvidence
    0.107052, // namedInText
    0.154792, // acknowledged
    -0.045236, // verb add
    -0.027123, // verb ask
    0.085088, // verb book
    -0.05758, // verb call
    0.053964, // verb cancel
    0.008939, // verb check
    0.043476, // verb close
    0.114398, // verb confirm
    0.086673, // verb countersign
    0.101291, // verb deactivate
    0.159946, // verb email
    0.0531, // verb extend
    0.168393, // verb fill
    0.042927, // verb find
    0.233789, // verb forward
    -0.079039, // verb get
    -0.099629, // verb give
    0.259481, // verb have
    0.166663, // verb hold
    0.000311, // verb pass
    -0.026915, // verb pull
    -0.054673, // verb put
    0.081823, // verb run
    -0.034243, // verb schedule
    0.351432, // verb send
    0.066821, // verb set
    0.287307, // verb share
    0.022978, // verb ship
    0.032635, // verb sign
    -0.140942, // verb take
    -0.150453, // verb talk
    0.01054, // verb update
    -0.091747, // verb write
  ],
  bias: 2.184577,
  threshold: 0.38,
  trainedOn: "726 English dev calls, 3406 tasks; held out in 5 folds: AUC 0.851, at the threshold 2654 of 2731 real tasks kept and 412 of 675 others",
};
