// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608945, // ownerRep
    0.391055, // ownerCustomer
    0.792431, // hasDueDate
    1.859232, // evidenceCount
    6.825115, // textWords
    3.579128, // objectWords
    0.105218, // pronounObject
    0.023222, // vagueText
    0.789278, // promise
    0.023509, // letMe
    0.167144, // question
    0.079128, // request
    0.079415, // conditional
    0.021216, // hedge
    0.028383, // obligation
    21.705275, // quoteWords
    0.501629, // position
    0.700435, // mentionedElsewhere
    0.397717, // mentionedLate
    5.02867, // callItems
    1.014251, // itemsPerTenTurns
    0.204702, // sameHead
    0.079169, // maxSimilarity
    0.107225, // sharedEvidence
    0.413704, // namedInText
    0.456709, // acknowledged
    0.003727, // verb add
    0.031823, // verb ask
    0.007741, // verb book
    0.027236, // verb call
    0.005161, // verb cancel
    0.02867, // verb check
    0.004874, // verb close
    0.009461, // verb confirm
    0.0043, // verb countersign
    0.004587, // verb deactivate
    0.022362, // verb email
    0.005447, // verb extend
    0.008314, // verb fill
    0.005161, // verb find
    0.016342, // verb forward
    0.03211, // verb get
    0.176606, // verb have
    0.053039, // verb hold
    0.007167, // verb pass
    0.003727, // verb pull
    0.012328, // verb put
    0.006307, // verb run
    0.00344, // verb schedule
    0.376433, // verb send
    0.016915, // verb set
    0.0043, // verb share
    0.006021, // verb ship
    0.019495, // verb sign
    0.008601, // verb take
    0.007454, // verb talk
    0.005447, // verb write
  ],
  scale: [
    0.487987, // ownerRep
    0.487987, // ownerCustomer
    0.405566, // hasDueDate
    0.729043, // evidenceCount
    2.976943, // textWords
    1.901243, // objectWords
    0.306834, // pronounObject
    0.150609, // vagueText
    0.407822, // promise
    0.151514, // letMe
    0.373105, // question
    0.269939, // request
    0.270386, // conditional
    0.144102, // hedge
    0.166065, // obligation
    10.787658, // quoteWords
    0.2014, // position
    0.320847, // mentionedElsewhere
    0.375725, // mentionedLate
    1.444415, // callItems
    0.397475, // itemsPerTenTurns
    0.447932, // sameHead
    0.102318, // maxSimilarity
    0.317629, // sharedEvidence
    0.492497, // namedInText
    0.498122, // acknowledged
    0.060936, // verb add
    0.17553, // verb ask
    0.087641, // verb book
    0.162771, // verb call
    0.071651, // verb cancel
    0.166877, // verb check
    0.069643, // verb close
    0.096807, // verb confirm
    0.065437, // verb countersign
    0.067573, // verb deactivate
    0.147859, // verb email
    0.073604, // verb extend
    0.090802, // verb fill
    0.071651, // verb find
    0.126786, // verb forward
    0.176292, // verb get
    0.381334, // verb have
    0.224111, // verb hold
    0.084357, // verb pass
    0.060936, // verb pull
    0.110345, // verb put
    0.079168, // verb run
    0.058554, // verb schedule
    0.484491, // verb send
    0.128954, // verb set
    0.065437, // verb share
    0.077359, // verb ship
    0.138258, // verb sign
    0.092341, // verb take
    0.086015, // verb talk
    0.073604, // verb write
  ],
  weights: [
    -0.085577, // ownerRep
    0.085577, // ownerCustomer
    0.379639, // hasDueDate
    0.157204, // evidenceCount
    0.348042, // textWords
    0.816835, // objectWords
    -0.338946, // pronounObject
    0.018849, // vagueText
    0.15292, // promise
    -0.17322, // letMe
    0.03576, // question
    -0.23129, // request
    -0.187988, // conditional
    -0.067427, // hedge
    -0.028754, // obligation
    0.68747, // quoteWords
    -0.020495, // position
    0.186613, // mentionedElsewhere
    0.180081, // mentionedLate
    -0.643297, // callItems
    0.443078, // itemsPerTenTurns
    -0.128314, // sameHead
    -0.375164, // maxSimilarity
    0.025135, // sharedEvidence
    0.084204, // namedInText
    0.166311, // acknowledged
    -0.048591, // verb add
    -0.037222, // verb ask
    0.078972, // verb book
    -0.082845, // verb call
    0.046034, // verb cancel
    -0.015064, // verb check
    0.038153, // verb close
    0.09615, // verb confirm
    0.080746, // verb countersign
    0.091894, // verb deactivate
    0.157197, // verb email
    0.046483, // verb extend
    0.165272, // verb fill
    0.043567, // verb find
    0.231536, // verb forward
    -0.101277, // verb get
    0.235565, // verb have
    0.107382, // verb hold
    -0.001554, // verb pass
    -0.030695, // verb pull
    0.042073, // verb put
    0.084564, // verb run
    -0.002852, // verb schedule
    0.321374, // verb send
    0.062442, // verb set
    0.280919, // verb share
    0.016204, // verb ship
    0.014967, // verb sign
    -0.159612, // verb take
    -0.15372, // verb talk
    -0.0618, // verb write
  ],
  bias: 2.327238,
  threshold: 0.36,
  trainedOn: "758 English dev calls, 3488 tasks; held out in 5 folds: AUC 0.849, at the threshold 2791 of 2850 real tasks kept and 430 of 638 others",
};
