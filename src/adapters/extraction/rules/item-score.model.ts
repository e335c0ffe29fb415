// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","close","confirm","deactivate","email","extend","fill","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","sign","take","talk","write"],
  mean: [
    0.614484, // ownerRep
    0.385516, // ownerCustomer
    0.764961, // hasDueDate
    1.77667, // evidenceCount
    6.60928, // textWords
    3.43582, // objectWords
    0.101474, // pronounObject
    0.031223, // vagueText
    0.782307, // promise
    0.024284, // letMe
    0.148309, // question
    0.075022, // request
    0.08673, // conditional
    0.016045, // hedge
    0.026019, // obligation
    20.57242, // quoteWords
    0.512774, // position
    0.704897, // mentionedElsewhere
    0.405699, // mentionedLate
    5.382914, // callItems
    1.116646, // itemsPerTenTurns
    0.222463, // sameHead
    0.084857, // maxSimilarity
    0.120989, // sharedEvidence
    0.409367, // namedInText
    0.469644, // acknowledged
    0.025152, // verb ask
    0.007372, // verb book
    0.025585, // verb call
    0.034692, // verb check
    0.005204, // verb close
    0.007806, // verb confirm
    0.005637, // verb deactivate
    0.024718, // verb email
    0.006938, // verb extend
    0.007806, // verb fill
    0.018213, // verb forward
    0.034692, // verb get
    0.005204, // verb give
    0.161752, // verb have
    0.054206, // verb hold
    0.006938, // verb pass
    0.016912, // verb put
    0.005637, // verb run
    0.005637, // verb schedule
    0.362966, // verb send
    0.019514, // verb set
    0.005637, // verb share
    0.020815, // verb sign
    0.005204, // verb take
    0.009107, // verb talk
    0.005204, // verb write
  ],
  scale: [
    0.486717, // ownerRep
    0.486717, // ownerCustomer
    0.424023, // hasDueDate
    0.702487, // evidenceCount
    2.979764, // textWords
    1.905281, // objectWords
    0.301956, // pronounObject
    0.17392, // vagueText
    0.412678, // promise
    0.153931, // letMe
    0.355406, // question
    0.263426, // request
    0.281439, // conditional
    0.125649, // hedge
    0.159192, // obligation
    10.196091, // quoteWords
    0.20078, // position
    0.322793, // mentionedElsewhere
    0.382823, // mentionedLate
    1.549261, // callItems
    0.442512, // itemsPerTenTurns
    0.471603, // sameHead
    0.104424, // maxSimilarity
    0.35047, // sharedEvidence
    0.491717, // namedInText
    0.499078, // acknowledged
    0.156586, // verb ask
    0.085544, // verb book
    0.157895, // verb call
    0.182999, // verb check
    0.07195, // verb close
    0.088005, // verb confirm
    0.074871, // verb deactivate
    0.155265, // verb email
    0.083008, // verb extend
    0.088005, // verb fill
    0.133722, // verb forward
    0.182999, // verb get
    0.07195, // verb give
    0.368223, // verb have
    0.226425, // verb hold
    0.083008, // verb pass
    0.128943, // verb put
    0.074871, // verb run
    0.074871, // verb schedule
    0.480855, // verb send
    0.138324, // verb set
    0.074871, // verb share
    0.142766, // verb sign
    0.07195, // verb take
    0.094993, // verb talk
    0.07195, // verb write
  ],
  weights: [
    -0.128137, // ownerRep
    0.128137, // ownerCustomer
    0.271229, // hasDueDate
    0.174771, // evidenceCount
    0.093043, // textWords
    1.018164, // objectWords
    -0.244252, // pronounObject
    0.025205, // vagueText
    0.233146, // promise
    -0.160461, // letMe
    0.154093, // question
    -0.328868, // request
    -0.229557, // conditional
    -0.071388, // hedge
    -0.094226, // obligation
    0.634107, // quoteWords
    -0.009731, // position
    0.275956, // mentionedElsewhere
    0.097487, // mentionedLate
    -0.691099, // callItems
    0.495357, // itemsPerTenTurns
    -0.119929, // sameHead
    -0.395552, // maxSimilarity
    0.016627, // sharedEvidence
    0.111888, // namedInText
    0.2009, // acknowledged
    -0.001699, // verb ask
    0.024007, // verb book
    -0.138299, // verb call
    -0.035453, // verb check
    0.024424, // verb close
    0.105306, // verb confirm
    0.14146, // verb deactivate
    0.146771, // verb email
    0.13601, // verb extend
    0.487737, // verb fill
    0.264287, // verb forward
    -0.025443, // verb get
    -0.076682, // verb give
    0.226903, // verb have
    0.179612, // verb hold
    0.030113, // verb pass
    -0.026608, // verb put
    0.092838, // verb run
    -0.009186, // verb schedule
    0.448251, // verb send
    0.176682, // verb set
    0.291919, // verb share
    0.064205, // verb sign
    -0.136283, // verb take
    -0.177936, // verb talk
    -0.056858, // verb write
  ],
  bias: 2.119226,
  threshold: 0.32,
  trainedOn: "470 English dev calls, 2306 tasks; held out in 5 folds: AUC 0.849, at the threshold 1786 of 1819 real tasks kept and 342 of 487 others",
};
