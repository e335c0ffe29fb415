// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608607, // ownerRep
    0.391393, // ownerCustomer
    0.777518, // hasDueDate
    1.833138, // evidenceCount
    6.774297, // textWords
    3.536007, // objectWords
    0.107436, // pronounObject
    0.027225, // vagueText
    0.7863, // promise
    0.026347, // letMe
    0.166569, // question
    0.075527, // request
    0.080796, // conditional
    0.021663, // hedge
    0.029567, // obligation
    21.239754, // quoteWords
    0.503061, // position
    0.705139, // mentionedElsewhere
    0.399694, // mentionedLate
    5.147834, // callItems
    1.037099, // itemsPerTenTurns
    0.215457, // sameHead
    0.081193, // maxSimilarity
    0.099532, // sharedEvidence
    0.409543, // namedInText
    0.462529, // acknowledged
    0.003806, // verb add
    0.031909, // verb ask
    0.007319, // verb book
    0.026932, // verb call
    0.005269, // verb cancel
    0.03308, // verb check
    0.004977, // verb close
    0.008782, // verb confirm
    0.004098, // verb countersign
    0.004684, // verb deactivate
    0.022541, // verb email
    0.005269, // verb extend
    0.007904, // verb fill
    0.004098, // verb find
    0.016393, // verb forward
    0.032787, // verb get
    0.004098, // verb give
    0.170667, // verb have
    0.051815, // verb hold
    0.007026, // verb pass
    0.003806, // verb pull
    0.015515, // verb put
    0.005855, // verb run
    0.005562, // verb schedule
    0.368267, // verb send
    0.017272, // verb set
    0.004684, // verb share
    0.006148, // verb ship
    0.019614, // verb sign
    0.008782, // verb take
    0.007904, // verb talk
    0.004391, // verb update
    0.005562, // verb write
  ],
  scale: [
    0.488062, // ownerRep
    0.488062, // ownerCustomer
    0.415913, // hasDueDate
    0.722847, // evidenceCount
    2.998486, // textWords
    1.916095, // objectWords
    0.309666, // pronounObject
    0.162738, // vagueText
    0.409918, // promise
    0.160164, // letMe
    0.372591, // question
    0.26424, // request
    0.272522, // conditional
    0.14558, // hedge
    0.169389, // obligation
    10.523152, // quoteWords
    0.201893, // position
    0.320466, // mentionedElsewhere
    0.376184, // mentionedLate
    1.476033, // callItems
    0.402584, // itemsPerTenTurns
    0.46336, // sameHead
    0.103011, // maxSimilarity
    0.308049, // sharedEvidence
    0.49175, // namedInText
    0.498594, // acknowledged
    0.061572, // verb add
    0.175757, // verb ask
    0.085235, // verb book
    0.161885, // verb call
    0.072399, // verb cancel
    0.178845, // verb check
    0.070369, // verb close
    0.093301, // verb confirm
    0.063887, // verb countersign
    0.068278, // verb deactivate
    0.148435, // verb email
    0.072399, // verb extend
    0.088552, // verb fill
    0.063887, // verb find
    0.126983, // verb forward
    0.178078, // verb get
    0.063887, // verb give
    0.376218, // verb have
    0.221653, // verb hold
    0.083525, // verb pass
    0.061572, // verb pull
    0.12359, // verb put
    0.076292, // verb run
    0.074372, // verb schedule
    0.482334, // verb send
    0.130282, // verb set
    0.068278, // verb share
    0.078165, // verb ship
    0.138668, // verb sign
    0.093301, // verb take
    0.088552, // verb talk
    0.06612, // verb update
    0.074372, // verb write
  ],
  weights: [
    -0.09581, // ownerRep
    0.09581, // ownerCustomer
    0.400636, // hasDueDate
    0.128919, // evidenceCount
    0.232834, // textWords
    0.87965, // objectWords
    -0.319599, // pronounObject
    0.014267, // vagueText
    0.183606, // promise
    -0.186935, // letMe
    0.029177, // question
    -0.193385, // request
    -0.222575, // conditional
    -0.109784, // hedge
    -0.048368, // obligation
    0.687404, // quoteWords
    -0.00404, // position
    0.157321, // mentionedElsewhere
    0.174657, // mentionedLate
    -0.629049, // callItems
    0.435161, // itemsPerTenTurns
    -0.139947, // sameHead
    -0.333896, // maxSimilarity
    -0.011938, // sharedEvidence
    0.11156, // namedInText
    0.159315, // acknowledged
    -0.045135, // verb add
    -0.025277, // verb ask
    0.088588, // verb book
    -0.06104, // verb call
    0.056194, // verb cancel
    0.00858, // verb check
    0.042597, // verb close
    0.114481, // verb confirm
    0.085929, // verb countersign
    0.100816, // verb deactivate
    0.157251, // verb email
    0.052824, // verb extend
    0.169201, // verb fill
    0.044289, // verb find
    0.237649, // verb forward
    -0.085265, // verb get
    -0.098677, // verb give
    0.252373, // verb have
    0.16779, // verb hold
    0.002443, // verb pass
    -0.023647, // verb pull
    -0.053086, // verb put
    0.082513, // verb run
    -0.035851, // verb schedule
    0.347405, // verb send
    0.066699, // verb set
    0.056642, // verb share
    0.026299, // verb ship
    0.034802, // verb sign
    -0.140999, // verb take
    -0.151311, // verb talk
    0.007436, // verb update
    -0.090814, // verb write
  ],
  bias: 2.158678,
  threshold: 0.37,
  trainedOn: "726 English dev calls, 3416 tasks; held out in 5 folds: AUC 0.852, at the threshold 2656 of 2730 real tasks kept and 420 of 686 others",
};
