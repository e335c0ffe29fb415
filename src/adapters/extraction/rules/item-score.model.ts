// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610135, // ownerRep
    0.389865, // ownerCustomer
    0.784048, // hasDueDate
    1.839044, // evidenceCount
    6.797293, // textWords
    3.556579, // objectWords
    0.105384, // pronounObject
    0.025338, // vagueText
    0.789231, // promise
    0.02505, // letMe
    0.165851, // question
    0.076879, // request
    0.079758, // conditional
    0.020155, // hedge
    0.028794, // obligation
    21.253959, // quoteWords
    0.502149, // position
    0.70612, // mentionedElsewhere
    0.399802, // mentionedLate
    5.115174, // callItems
    1.030584, // itemsPerTenTurns
    0.211633, // sameHead
    0.080886, // maxSimilarity
    0.09905, // sharedEvidence
    0.41002, // namedInText
    0.45753, // acknowledged
    0.003743, // verb add
    0.031385, // verb ask
    0.007774, // verb book
    0.027354, // verb call
    0.005183, // verb cancel
    0.029369, // verb check
    0.004895, // verb close
    0.009502, // verb confirm
    0.004031, // verb countersign
    0.004607, // verb deactivate
    0.022459, // verb email
    0.005183, // verb extend
    0.008062, // verb fill
    0.004895, // verb find
    0.016412, // verb forward
    0.033113, // verb get
    0.004031, // verb give
    0.171897, // verb have
    0.051828, // verb hold
    0.007198, // verb pass
    0.003743, // verb pull
    0.015836, // verb put
    0.005759, // verb run
    0.005471, // verb schedule
    0.370861, // verb send
    0.016988, // verb set
    0.004319, // verb share
    0.006047, // verb ship
    0.019292, // verb sign
    0.008638, // verb take
    0.007774, // verb talk
    0.004031, // verb update
    0.005471, // verb write
  ],
  scale: [
    0.487719, // ownerRep
    0.487719, // ownerCustomer
    0.411481, // hasDueDate
    0.725304, // evidenceCount
    2.985872, // textWords
    1.906324, // objectWords
    0.307048, // pronounObject
    0.157151, // vagueText
    0.407855, // promise
    0.156278, // letMe
    0.371947, // question
    0.266399, // request
    0.270918, // conditional
    0.140532, // hedge
    0.167226, // obligation
    10.488555, // quoteWords
    0.201678, // position
    0.31918, // mentionedElsewhere
    0.37575, // mentionedLate
    1.459298, // callItems
    0.399627, // itemsPerTenTurns
    0.457037, // sameHead
    0.10315, // maxSimilarity
    0.307281, // sharedEvidence
    0.491837, // namedInText
    0.498193, // acknowledged
    0.061067, // verb add
    0.174356, // verb ask
    0.087828, // verb book
    0.163112, // verb call
    0.071805, // verb cancel
    0.16884, // verb check
    0.069792, // verb close
    0.097013, // verb confirm
    0.063363, // verb countersign
    0.067718, // verb deactivate
    0.148171, // verb email
    0.071805, // verb extend
    0.089427, // verb fill
    0.069792, // verb find
    0.127055, // verb forward
    0.178931, // verb get
    0.063363, // verb give
    0.377291, // verb have
    0.22168, // verb hold
    0.084537, // verb pass
    0.061067, // verb pull
    0.124843, // verb put
    0.075667, // verb run
    0.073762, // verb schedule
    0.483035, // verb send
    0.129227, // verb set
    0.065577, // verb share
    0.077525, // verb ship
    0.137548, // verb sign
    0.092539, // verb take
    0.087828, // verb talk
    0.063363, // verb update
    0.073762, // verb write
  ],
  weights: [
    -0.092864, // ownerRep
    0.092864, // ownerCustomer
    0.392353, // hasDueDate
    0.163207, // evidenceCount
    0.279052, // textWords
    0.809872, // objectWords
    -0.325001, // pronounObject
    0.001998, // vagueText
    0.178297, // promise
    -0.168795, // letMe
    0.035288, // question
    -0.215619, // request
    -0.209133, // conditional
    -0.071229, // hedge
    -0.054696, // obligation
    0.684304, // quoteWords
    -0.010159, // position
    0.173546, // mentionedElsewhere
    0.172027, // mentionedLate
    -0.646328, // callItems
    0.434419, // itemsPerTenTurns
    -0.157183, // sameHead
    -0.323432, // maxSimilarity
    -0.011476, // sharedEvidence
    0.123352, // namedInText
    0.161038, // acknowledged
    -0.044928, // verb add
    -0.026076, // verb ask
    0.084515, // verb book
    -0.05971, // verb call
    0.050931, // verb cancel
    -0.008805, // verb check
    0.041393, // verb close
    0.102045, // verb confirm
    0.082537, // verb countersign
    0.098543, // verb deactivate
    0.167031, // verb email
    0.04955, // verb extend
    0.170844, // verb fill
    0.055381, // verb find
    0.234585, // verb forward
    -0.104888, // verb get
    -0.098251, // verb give
    0.249497, // verb have
    0.133482, // verb hold
    -0.000498, // verb pass
    -0.026212, // verb pull
    -0.051819, // verb put
    0.082923, // verb run
    -0.03687, // verb schedule
    0.354043, // verb send
    0.076559, // verb set
    0.28415, // verb share
    0.025011, // verb ship
    0.027593, // verb sign
    -0.144009, // verb take
    -0.151142, // verb talk
    0.01087, // verb update
    -0.091363, // verb write
  ],
  bias: 2.211832,
  threshold: 0.38,
  trainedOn: "742 English dev calls, 3473 tasks; held out in 5 folds: AUC 0.853, at the threshold 2716 of 2792 real tasks kept and 412 of 681 others",
};
