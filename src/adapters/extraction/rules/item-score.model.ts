// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.6096, // ownerRep
    0.3904, // ownerCustomer
    0.777744, // hasDueDate
    1.821156, // evidenceCount
    6.791501, // textWords
    3.545399, // objectWords
    0.107612, // pronounObject
    0.027209, // vagueText
    0.786304, // promise
    0.024457, // letMe
    0.161724, // question
    0.075818, // request
    0.080404, // conditional
    0.020483, // hedge
    0.02782, // obligation
    21.17701, // quoteWords
    0.501312, // position
    0.704814, // mentionedElsewhere
    0.401664, // mentionedLate
    5.16417, // callItems
    1.044851, // itemsPerTenTurns
    0.216142, // sameHead
    0.080871, // maxSimilarity
    0.099664, // sharedEvidence
    0.406909, // namedInText
    0.461327, // acknowledged
    0.003974, // verb add
    0.031489, // verb ask
    0.007031, // verb book
    0.026292, // verb call
    0.00428, // verb cancel
    0.033323, // verb check
    0.005197, // verb close
    0.007643, // verb confirm
    0.00428, // verb countersign
    0.004891, // verb deactivate
    0.0214, // verb email
    0.005503, // verb extend
    0.007949, // verb fill
    0.00428, // verb find
    0.016814, // verb forward
    0.0321, // verb get
    0.00428, // verb give
    0.169367, // verb have
    0.05136, // verb hold
    0.007337, // verb pass
    0.015286, // verb put
    0.005809, // verb run
    0.005809, // verb schedule
    0.370835, // verb send
    0.018037, // verb set
    0.004586, // verb share
    0.005503, // verb ship
    0.020483, // verb sign
    0.008866, // verb take
    0.008254, // verb talk
    0.003974, // verb update
    0.005809, // verb write
  ],
  scale: [
    0.48784, // ownerRep
    0.48784, // ownerCustomer
    0.415762, // hasDueDate
    0.721842, // evidenceCount
    3.01194, // textWords
    1.924675, // objectWords
    0.30989, // pronounObject
    0.162691, // vagueText
    0.409915, // promise
    0.154464, // letMe
    0.368198, // question
    0.264706, // request
    0.271917, // conditional
    0.141646, // hedge
    0.164458, // obligation
    10.548233, // quoteWords
    0.200699, // position
    0.320515, // mentionedElsewhere
    0.377527, // mentionedLate
    1.492142, // callItems
    0.408617, // itemsPerTenTurns
    0.462665, // sameHead
    0.103346, // maxSimilarity
    0.3086, // sharedEvidence
    0.491258, // namedInText
    0.498502, // acknowledged
    0.062917, // verb add
    0.174635, // verb ask
    0.083559, // verb book
    0.160001, // verb call
    0.065282, // verb cancel
    0.179479, // verb check
    0.071904, // verb close
    0.087089, // verb confirm
    0.065282, // verb countersign
    0.069768, // verb deactivate
    0.144714, // verb email
    0.073977, // verb extend
    0.0888, // verb fill
    0.065282, // verb find
    0.128576, // verb forward
    0.176266, // verb get
    0.065282, // verb give
    0.375076, // verb have
    0.220732, // verb hold
    0.085343, // verb pass
    0.122687, // verb put
    0.075993, // verb run
    0.075993, // verb schedule
    0.483028, // verb send
    0.133086, // verb set
    0.067563, // verb share
    0.073977, // verb ship
    0.141646, // verb sign
    0.09374, // verb take
    0.090478, // verb talk
    0.062917, // verb update
    0.075993, // verb write
  ],
  weights: [
    -0.100195, // ownerRep
    0.100195, // ownerCustomer
    0.358782, // hasDueDate
    0.158552, // evidenceCount
    0.225208, // textWords
    0.835596, // objectWords
    -0.298293, // pronounObject
    -0.00326, // vagueText
    0.21148, // promise
    -0.174227, // letMe
    0.024683, // question
    -0.200969, // request
    -0.213186, // conditional
    -0.09637, // hedge
    -0.060458, // obligation
    0.703783, // quoteWords
    -0.011614, // position
    0.194418, // mentionedElsewhere
    0.111717, // mentionedLate
    -0.625603, // callItems
    0.408973, // itemsPerTenTurns
    -0.140383, // sameHead
    -0.307833, // maxSimilarity
    -0.028698, // sharedEvidence
    0.10499, // namedInText
    0.180722, // acknowledged
    -0.045972, // verb add
    -0.01916, // verb ask
    0.041497, // verb book
    -0.053012, // verb call
    0.110186, // verb cancel
    -0.001803, // verb check
    0.041456, // verb close
    0.135694, // verb confirm
    0.089284, // verb countersign
    0.105908, // verb deactivate
    0.166239, // verb email
    0.051929, // verb extend
    0.163695, // verb fill
    0.045254, // verb find
    0.234078, // verb forward
    -0.093017, // verb get
    -0.099824, // verb give
    0.2581, // verb have
    0.188008, // verb hold
    -0.006789, // verb pass
    -0.034155, // verb put
    0.115666, // verb run
    -0.022541, // verb schedule
    0.353655, // verb send
    0.052474, // verb set
    0.291842, // verb share
    0.072643, // verb ship
    0.02427, // verb sign
    -0.131491, // verb take
    -0.148368, // verb talk
    0.009591, // verb update
    -0.089442, // verb write
  ],
  bias: 2.18113,
  threshold: 0.37,
  trainedOn: "694 English dev calls, 3271 tasks; held out in 5 folds: AUC 0.856, at the threshold 2552 of 2619 real tasks kept and 410 of 652 others",
};
