// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608314, // ownerRep
    0.391686, // ownerCustomer
    0.774005, // hasDueDate
    1.829333, // evidenceCount
    6.771956, // textWords
    3.535129, // objectWords
    0.107143, // pronounObject
    0.027225, // vagueText
    0.786007, // promise
    0.026347, // letMe
    0.166862, // question
    0.075527, // request
    0.080796, // conditional
    0.021663, // hedge
    0.029567, // obligation
    21.23185, // quoteWords
    0.503073, // position
    0.704724, // mentionedElsewhere
    0.399586, // mentionedLate
    5.149005, // callItems
    1.03737, // itemsPerTenTurns
    0.215457, // sameHead
    0.081139, // maxSimilarity
    0.100703, // sharedEvidence
    0.409836, // namedInText
    0.462529, // acknowledged
    0.003806, // verb add
    0.031909, // verb ask
    0.007319, // verb book
    0.026639, // verb call
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
    0.17096, // verb have
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
    0.488127, // ownerRep
    0.488127, // ownerCustomer
    0.418236, // hasDueDate
    0.722566, // evidenceCount
    2.99909, // textWords
    1.915959, // objectWords
    0.309295, // pronounObject
    0.162738, // vagueText
    0.410122, // promise
    0.160164, // letMe
    0.372852, // question
    0.26424, // request
    0.272522, // conditional
    0.14558, // hedge
    0.169389, // obligation
    10.535687, // quoteWords
    0.201893, // position
    0.320487, // mentionedElsewhere
    0.37619, // mentionedLate
    1.479679, // callItems
    0.403229, // itemsPerTenTurns
    0.46336, // sameHead
    0.10295, // maxSimilarity
    0.309566, // sharedEvidence
    0.491803, // namedInText
    0.498594, // acknowledged
    0.061572, // verb add
    0.175757, // verb ask
    0.085235, // verb book
    0.161027, // verb call
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
    0.376474, // verb have
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
    -0.095045, // ownerRep
    0.095045, // ownerCustomer
    0.412391, // hasDueDate
    0.159072, // evidenceCount
    0.236376, // textWords
    0.863632, // objectWords
    -0.313376, // pronounObject
    0.018983, // vagueText
    0.187943, // promise
    -0.186924, // letMe
    0.037407, // question
    -0.199725, // request
    -0.218593, // conditional
    -0.094638, // hedge
    -0.049762, // obligation
    0.654477, // quoteWords
    -0.009238, // position
    0.159854, // mentionedElsewhere
    0.169631, // mentionedLate
    -0.62919, // callItems
    0.432098, // itemsPerTenTurns
    -0.141577, // sameHead
    -0.320759, // maxSimilarity
    -0.018035, // sharedEvidence
    0.101703, // namedInText
    0.164081, // acknowledged
    -0.044973, // verb add
    -0.014663, // verb ask
    0.090717, // verb book
    -0.054254, // verb call
    0.053045, // verb cancel
    0.008973, // verb check
    0.04164, // verb close
    0.113411, // verb confirm
    0.084853, // verb countersign
    0.100506, // verb deactivate
    0.154194, // verb email
    0.051753, // verb extend
    0.164925, // verb fill
    0.041479, // verb find
    0.236398, // verb forward
    -0.080708, // verb get
    -0.097711, // verb give
    0.24956, // verb have
    0.159238, // verb hold
    0.001666, // verb pass
    -0.012047, // verb pull
    -0.053133, // verb put
    0.088988, // verb run
    -0.037623, // verb schedule
    0.333503, // verb send
    0.06552, // verb set
    0.05527, // verb share
    0.024808, // verb ship
    0.029254, // verb sign
    -0.134244, // verb take
    -0.150072, // verb talk
    0.006516, // verb update
    -0.089831, // verb write
  ],
  bias: 2.147597,
  threshold: 0.36,
  trainedOn: "726 English dev calls, 3416 tasks; held out in 5 folds: AUC 0.851, at the threshold 2660 of 2729 real tasks kept and 430 of 687 others",
};
