// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.60937, // ownerRep
    0.39063, // ownerCustomer
    0.775291, // hasDueDate
    1.825127, // evidenceCount
    6.789317, // textWords
    3.544315, // objectWords
    0.107431, // pronounObject
    0.027156, // vagueText
    0.784244, // promise
    0.025664, // letMe
    0.165921, // question
    0.074903, // request
    0.080275, // conditional
    0.020591, // hedge
    0.03014, // obligation
    21.261116, // quoteWords
    0.50279, // position
    0.706037, // mentionedElsewhere
    0.399961, // mentionedLate
    5.165622, // callItems
    1.041738, // itemsPerTenTurns
    0.21695, // sameHead
    0.081269, // maxSimilarity
    0.101462, // sharedEvidence
    0.408833, // namedInText
    0.459863, // acknowledged
    0.003879, // verb add
    0.032528, // verb ask
    0.007162, // verb book
    0.026858, // verb call
    0.004775, // verb cancel
    0.033721, // verb check
    0.005073, // verb close
    0.008953, // verb confirm
    0.004178, // verb countersign
    0.004775, // verb deactivate
    0.021785, // verb email
    0.005372, // verb extend
    0.007759, // verb fill
    0.004178, // verb find
    0.016413, // verb forward
    0.031931, // verb get
    0.004178, // verb give
    0.170098, // verb have
    0.051925, // verb hold
    0.007162, // verb pass
    0.003581, // verb pull
    0.015219, // verb put
    0.005968, // verb run
    0.00567, // verb schedule
    0.36795, // verb send
    0.017607, // verb set
    0.004476, // verb share
    0.00567, // verb ship
    0.020292, // verb sign
    0.008654, // verb take
    0.008057, // verb talk
    0.004178, // verb update
    0.00567, // verb write
  ],
  scale: [
    0.487892, // ownerRep
    0.487892, // ownerCustomer
    0.417391, // hasDueDate
    0.720904, // evidenceCount
    3.008853, // textWords
    1.92435, // objectWords
    0.30966, // pronounObject
    0.162538, // vagueText
    0.411346, // promise
    0.158131, // letMe
    0.372009, // question
    0.263235, // request
    0.271718, // conditional
    0.14201, // hedge
    0.170973, // obligation
    10.555936, // quoteWords
    0.201825, // position
    0.320049, // mentionedElsewhere
    0.37707, // mentionedLate
    1.482926, // callItems
    0.405, // itemsPerTenTurns
    0.464585, // sameHead
    0.10302, // maxSimilarity
    0.310708, // sharedEvidence
    0.491618, // namedInText
    0.498386, // acknowledged
    0.062164, // verb add
    0.177397, // verb ask
    0.084325, // verb book
    0.161667, // verb call
    0.068934, // verb cancel
    0.180511, // verb check
    0.071045, // verb close
    0.094193, // verb confirm
    0.064501, // verb countersign
    0.068934, // verb deactivate
    0.145979, // verb email
    0.073094, // verb extend
    0.087742, // verb fill
    0.064501, // verb find
    0.127058, // verb forward
    0.175816, // verb get
    0.064501, // verb give
    0.375719, // verb have
    0.221875, // verb hold
    0.084325, // verb pass
    0.059734, // verb pull
    0.122424, // verb put
    0.077024, // verb run
    0.075085, // verb schedule
    0.482248, // verb send
    0.131517, // verb set
    0.066755, // verb share
    0.075085, // verb ship
    0.140999, // verb sign
    0.092624, // verb take
    0.0894, // verb talk
    0.064501, // verb update
    0.075085, // verb write
  ],
  weights: [
    -0.105107, // ownerRep
    0.105107, // ownerCustomer
    0.391991, // hasDueDate
    0.19884, // evidenceCount
    0.213535, // textWords
    0.878355, // objectWords
    -0.292195, // pronounObject
    0.01703, // vagueText
    0.202872, // promise
    -0.180033, // letMe
    0.009303, // question
    -0.199798, // request
    -0.219011, // conditional
    -0.07306, // hedge
    -0.056477, // obligation
    0.66123, // quoteWords
    0.008418, // position
    0.157573, // mentionedElsewhere
    0.195277, // mentionedLate
    -0.622806, // callItems
    0.424658, // itemsPerTenTurns
    -0.154584, // sameHead
    -0.327082, // maxSimilarity
    -0.023713, // sharedEvidence
    0.109483, // namedInText
    0.162183, // acknowledged
    -0.045908, // verb add
    -0.022673, // verb ask
    0.081185, // verb book
    -0.059248, // verb call
    0.034505, // verb cancel
    0.013663, // verb check
    0.046188, // verb close
    0.114579, // verb confirm
    0.090875, // verb countersign
    0.102746, // verb deactivate
    0.163258, // verb email
    0.051465, // verb extend
    0.164315, // verb fill
    0.044272, // verb find
    0.230584, // verb forward
    -0.091047, // verb get
    -0.099159, // verb give
    0.262296, // verb have
    0.186395, // verb hold
    -0.004852, // verb pass
    0.029309, // verb pull
    -0.039884, // verb put
    0.089518, // verb run
    -0.025444, // verb schedule
    0.361917, // verb send
    0.071023, // verb set
    0.288078, // verb share
    0.064123, // verb ship
    0.01775, // verb sign
    -0.131358, // verb take
    -0.150565, // verb talk
    0.009499, // verb update
    -0.09383, // verb write
  ],
  bias: 2.197564,
  threshold: 0.36,
  trainedOn: "710 English dev calls, 3351 tasks; held out in 5 folds: AUC 0.854, at the threshold 2617 of 2686 real tasks kept and 416 of 665 others",
};
