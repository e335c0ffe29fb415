// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608833, // ownerRep
    0.391167, // ownerCustomer
    0.792658, // hasDueDate
    1.859191, // evidenceCount
    6.825351, // textWords
    3.579008, // objectWords
    0.105248, // pronounObject
    0.023229, // vagueText
    0.789217, // promise
    0.023516, // letMe
    0.167192, // question
    0.079151, // request
    0.079438, // conditional
    0.021222, // hedge
    0.028391, // obligation
    21.707485, // quoteWords
    0.501605, // position
    0.700493, // mentionedElsewhere
    0.39776, // mentionedLate
    5.028104, // callItems
    1.014123, // itemsPerTenTurns
    0.204474, // sameHead
    0.079142, // maxSimilarity
    0.107256, // sharedEvidence
    0.413536, // namedInText
    0.456553, // acknowledged
    0.003728, // verb add
    0.031833, // verb ask
    0.007743, // verb book
    0.027244, // verb call
    0.005162, // verb cancel
    0.028678, // verb check
    0.004875, // verb close
    0.009464, // verb confirm
    0.004302, // verb countersign
    0.004588, // verb deactivate
    0.022369, // verb email
    0.005449, // verb extend
    0.008317, // verb fill
    0.005162, // verb find
    0.016346, // verb forward
    0.032119, // verb get
    0.176369, // verb have
    0.053054, // verb hold
    0.007169, // verb pass
    0.003728, // verb pull
    0.012332, // verb put
    0.006309, // verb run
    0.003441, // verb schedule
    0.376541, // verb send
    0.01692, // verb set
    0.004302, // verb share
    0.006022, // verb ship
    0.019501, // verb sign
    0.008603, // verb take
    0.007456, // verb talk
    0.005449, // verb write
  ],
  scale: [
    0.488012, // ownerRep
    0.488012, // ownerCustomer
    0.405402, // hasDueDate
    0.729143, // evidenceCount
    2.977337, // textWords
    1.901502, // objectWords
    0.306873, // pronounObject
    0.15063, // vagueText
    0.407865, // promise
    0.151535, // letMe
    0.373148, // question
    0.269975, // request
    0.270421, // conditional
    0.144123, // hedge
    0.166088, // obligation
    10.788416, // quoteWords
    0.201424, // position
    0.320875, // mentionedElsewhere
    0.375771, // mentionedLate
    1.445427, // callItems
    0.397648, // itemsPerTenTurns
    0.447794, // sameHead
    0.102341, // maxSimilarity
    0.317669, // sharedEvidence
    0.492467, // namedInText
    0.498109, // acknowledged
    0.060945, // verb add
    0.175554, // verb ask
    0.087653, // verb book
    0.162794, // verb call
    0.071662, // verb cancel
    0.1669, // verb check
    0.069653, // verb close
    0.09682, // verb confirm
    0.065446, // verb countersign
    0.067583, // verb deactivate
    0.14788, // verb email
    0.073615, // verb extend
    0.090815, // verb fill
    0.071662, // verb find
    0.126804, // verb forward
    0.176317, // verb get
    0.381134, // verb have
    0.224142, // verb hold
    0.084369, // verb pass
    0.060945, // verb pull
    0.110361, // verb put
    0.079179, // verb run
    0.058562, // verb schedule
    0.484518, // verb send
    0.128972, // verb set
    0.065446, // verb share
    0.07737, // verb ship
    0.138278, // verb sign
    0.092355, // verb take
    0.086027, // verb talk
    0.073615, // verb write
  ],
  weights: [
    -0.083331, // ownerRep
    0.083331, // ownerCustomer
    0.375102, // hasDueDate
    0.162247, // evidenceCount
    0.34026, // textWords
    0.828199, // objectWords
    -0.340354, // pronounObject
    0.019234, // vagueText
    0.155156, // promise
    -0.173279, // letMe
    0.034474, // question
    -0.231623, // request
    -0.189043, // conditional
    -0.06766, // hedge
    -0.028551, // obligation
    0.685096, // quoteWords
    -0.019608, // position
    0.185858, // mentionedElsewhere
    0.180197, // mentionedLate
    -0.646342, // callItems
    0.444119, // itemsPerTenTurns
    -0.122289, // sameHead
    -0.379385, // maxSimilarity
    0.023794, // sharedEvidence
    0.082999, // namedInText
    0.16933, // acknowledged
    -0.049117, // verb add
    -0.036915, // verb ask
    0.078969, // verb book
    -0.083556, // verb call
    0.045576, // verb cancel
    -0.015265, // verb check
    0.038189, // verb close
    0.096225, // verb confirm
    0.080963, // verb countersign
    0.09214, // verb deactivate
    0.157222, // verb email
    0.046165, // verb extend
    0.166238, // verb fill
    0.0431, // verb find
    0.231833, // verb forward
    -0.100661, // verb get
    0.244177, // verb have
    0.10909, // verb hold
    -0.001547, // verb pass
    -0.030257, // verb pull
    0.041789, // verb put
    0.08393, // verb run
    -0.002631, // verb schedule
    0.321745, // verb send
    0.062991, // verb set
    0.281827, // verb share
    0.016359, // verb ship
    0.016445, // verb sign
    -0.15993, // verb take
    -0.153827, // verb talk
    -0.061451, // verb write
  ],
  bias: 2.332039,
  threshold: 0.37,
  trainedOn: "758 English dev calls, 3487 tasks; held out in 5 folds: AUC 0.849, at the threshold 2786 of 2850 real tasks kept and 422 of 637 others",
};
