// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612504, // ownerRep
    0.387496, // ownerCustomer
    0.775643, // hasDueDate
    1.803973, // evidenceCount
    6.753175, // textWords
    3.523282, // objectWords
    0.102247, // pronounObject
    0.02833, // vagueText
    0.786389, // promise
    0.024096, // letMe
    0.149137, // question
    0.07522, // request
    0.082709, // conditional
    0.016607, // hedge
    0.027027, // obligation
    20.971996, // quoteWords
    0.504694, // position
    0.705779, // mentionedElsewhere
    0.405723, // mentionedLate
    5.270922, // callItems
    1.071766, // itemsPerTenTurns
    0.226962, // sameHead
    0.08659, // maxSimilarity
    0.126669, // sharedEvidence
    0.412569, // namedInText
    0.465646, // acknowledged
    0.004233, // verb add
    0.030935, // verb ask
    0.006513, // verb book
    0.02833, // verb call
    0.004233, // verb cancel
    0.035168, // verb check
    0.00521, // verb close
    0.007815, // verb confirm
    0.003908, // verb countersign
    0.00521, // verb deactivate
    0.004233, // verb delete
    0.021817, // verb email
    0.005536, // verb extend
    0.008141, // verb fill
    0.004559, // verb find
    0.017258, // verb forward
    0.031586, // verb get
    0.004233, // verb give
    0.164116, // verb have
    0.050798, // verb hold
    0.007164, // verb pass
    0.014979, // verb put
    0.005861, // verb run
    0.00521, // verb schedule
    0.367958, // verb send
    0.018561, // verb set
    0.004884, // verb share
    0.005536, // verb ship
    0.02084, // verb sign
    0.009769, // verb take
    0.010094, // verb talk
    0.005861, // verb write
  ],
  scale: [
    0.487178, // ownerRep
    0.487178, // ownerCustomer
    0.417158, // hasDueDate
    0.715004, // evidenceCount
    3.0052, // textWords
    1.923486, // objectWords
    0.302973, // pronounObject
    0.165913, // vagueText
    0.409855, // promise
    0.153348, // letMe
    0.356224, // question
    0.263746, // request
    0.275442, // conditional
    0.127793, // hedge
    0.162162, // obligation
    10.382988, // quoteWords
    0.202167, // position
    0.319035, // mentionedElsewhere
    0.377996, // mentionedLate
    1.505292, // callItems
    0.412565, // itemsPerTenTurns
    0.476339, // sameHead
    0.107226, // maxSimilarity
    0.352562, // sharedEvidence
    0.492297, // namedInText
    0.498818, // acknowledged
    0.064925, // verb add
    0.17314, // verb ask
    0.080437, // verb book
    0.165913, // verb call
    0.064925, // verb cancel
    0.184204, // verb check
    0.071992, // verb close
    0.088057, // verb confirm
    0.062388, // verb countersign
    0.071992, // verb deactivate
    0.064925, // verb delete
    0.146086, // verb email
    0.074196, // verb extend
    0.089858, // verb fill
    0.067365, // verb find
    0.130232, // verb forward
    0.174895, // verb get
    0.064925, // verb give
    0.370381, // verb have
    0.219585, // verb hold
    0.084335, // verb pass
    0.121468, // verb put
    0.076334, // verb run
    0.071992, // verb schedule
    0.48225, // verb send
    0.134968, // verb set
    0.069718, // verb share
    0.074196, // verb ship
    0.142849, // verb sign
    0.098353, // verb take
    0.099963, // verb talk
    0.076334, // verb write
  ],
  weights: [
    -0.096374, // ownerRep
    0.096374, // ownerCustomer
    0.304629, // hasDueDate
    0.231204, // evidenceCount
    0.245616, // textWords
    0.880721, // objectWords
    -0.273902, // pronounObject
    0.049034, // vagueText
    0.214436, // promise
    -0.163544, // letMe
    0.009225, // question
    -0.20663, // request
    -0.18951, // conditional
    -0.074884, // hedge
    -0.090198, // obligation
    0.565302, // quoteWords
    -0.023529, // position
    0.187382, // mentionedElsewhere
    0.127977, // mentionedLate
    -0.604707, // callItems
    0.410499, // itemsPerTenTurns
    -0.124184, // sameHead
    -0.380268, // maxSimilarity
    -0.053567, // sharedEvidence
    0.091951, // namedInText
    0.194482, // acknowledged
    -0.084383, // verb add
    -0.055673, // verb ask
    0.036299, // verb book
    -0.109314, // verb call
    0.104535, // verb cancel
    -0.034585, // verb check
    0.023712, // verb close
    0.074437, // verb confirm
    0.066906, // verb countersign
    0.13884, // verb deactivate
    -0.106158, // verb delete
    0.164122, // verb email
    0.074897, // verb extend
    0.249186, // verb fill
    -0.001055, // verb find
    0.210053, // verb forward
    -0.094362, // verb get
    -0.080316, // verb give
    0.248329, // verb have
    0.180522, // verb hold
    -0.021932, // verb pass
    -0.040341, // verb put
    0.113848, // verb run
    -0.001099, // verb schedule
    0.387505, // verb send
    0.114034, // verb set
    0.312674, // verb share
    -0.010002, // verb ship
    0.032667, // verb sign
    -0.115441, // verb take
    -0.194242, // verb talk
    -0.077685, // verb write
  ],
  bias: 2.087341,
  threshold: 0.36,
  trainedOn: "638 English dev calls, 3071 tasks; held out in 5 folds: AUC 0.848, at the threshold 2366 of 2430 real tasks kept and 421 of 641 others",
};
