// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613074, // ownerRep
    0.386926, // ownerCustomer
    0.772202, // hasDueDate
    1.782436, // evidenceCount
    6.74381, // textWords
    3.518323, // objectWords
    0.100033, // pronounObject
    0.030703, // vagueText
    0.783097, // promise
    0.0241, // letMe
    0.146583, // question
    0.074282, // request
    0.083526, // conditional
    0.016507, // hedge
    0.027402, // obligation
    20.912512, // quoteWords
    0.506452, // position
    0.709269, // mentionedElsewhere
    0.410967, // mentionedLate
    5.314955, // callItems
    1.082159, // itemsPerTenTurns
    0.23209, // sameHead
    0.088473, // maxSimilarity
    0.127765, // sharedEvidence
    0.415649, // namedInText
    0.466821, // acknowledged
    0.004292, // verb add
    0.031033, // verb ask
    0.006273, // verb book
    0.027732, // verb call
    0.004292, // verb cancel
    0.035655, // verb check
    0.005282, // verb close
    0.007923, // verb confirm
    0.005282, // verb deactivate
    0.004292, // verb delete
    0.021129, // verb email
    0.005612, // verb extend
    0.008254, // verb fill
    0.004622, // verb find
    0.017498, // verb forward
    0.031363, // verb get
    0.004292, // verb give
    0.166722, // verb have
    0.052162, // verb hold
    0.006603, // verb pass
    0.015187, // verb put
    0.005943, // verb run
    0.004952, // verb schedule
    0.364477, // verb send
    0.018488, // verb set
    0.004952, // verb share
    0.005612, // verb ship
    0.020799, // verb sign
    0.009904, // verb take
    0.010234, // verb talk
    0.005943, // verb write
  ],
  scale: [
    0.487047, // ownerRep
    0.487047, // ownerCustomer
    0.419412, // hasDueDate
    0.709699, // evidenceCount
    3.011544, // textWords
    1.926191, // objectWords
    0.300044, // pronounObject
    0.172512, // vagueText
    0.412136, // promise
    0.153361, // letMe
    0.35369, // question
    0.262229, // request
    0.276676, // conditional
    0.127415, // hedge
    0.163251, // obligation
    10.335696, // quoteWords
    0.202403, // position
    0.31662, // mentionedElsewhere
    0.378777, // mentionedLate
    1.497388, // callItems
    0.410806, // itemsPerTenTurns
    0.48136, // sameHead
    0.10766, // maxSimilarity
    0.353987, // sharedEvidence
    0.492834, // namedInText
    0.498898, // acknowledged
    0.065371, // verb add
    0.173408, // verb ask
    0.078952, // verb book
    0.164204, // verb call
    0.065371, // verb cancel
    0.185429, // verb check
    0.072487, // verb close
    0.08866, // verb confirm
    0.072487, // verb deactivate
    0.065371, // verb delete
    0.143815, // verb email
    0.074706, // verb extend
    0.090473, // verb fill
    0.067828, // verb find
    0.131116, // verb forward
    0.174298, // verb get
    0.065371, // verb give
    0.372727, // verb have
    0.222354, // verb hold
    0.080989, // verb pass
    0.122294, // verb put
    0.076859, // verb run
    0.070197, // verb schedule
    0.481283, // verb send
    0.134708, // verb set
    0.070197, // verb share
    0.074706, // verb ship
    0.142711, // verb sign
    0.099026, // verb take
    0.100646, // verb talk
    0.076859, // verb write
  ],
  weights: [
    -0.097047, // ownerRep
    0.097047, // ownerCustomer
    0.299202, // hasDueDate
    0.263332, // evidenceCount
    0.189612, // textWords
    0.965007, // objectWords
    -0.293637, // pronounObject
    0.072037, // vagueText
    0.209272, // promise
    -0.164544, // letMe
    0.046507, // question
    -0.254184, // request
    -0.191313, // conditional
    -0.108081, // hedge
    -0.089153, // obligation
    0.529286, // quoteWords
    0.009531, // position
    0.207184, // mentionedElsewhere
    0.148043, // mentionedLate
    -0.602346, // callItems
    0.403451, // itemsPerTenTurns
    -0.13223, // sameHead
    -0.385152, // maxSimilarity
    -0.03025, // sharedEvidence
    0.072806, // namedInText
    0.185312, // acknowledged
    -0.089341, // verb add
    -0.053445, // verb ask
    0.03154, // verb book
    -0.13924, // verb call
    0.022207, // verb cancel
    -0.055302, // verb check
    0.020407, // verb close
    0.073746, // verb confirm
    0.14567, // verb deactivate
    -0.135524, // verb delete
    0.156007, // verb email
    0.07804, // verb extend
    0.251063, // verb fill
    -0.008872, // verb find
    0.211107, // verb forward
    -0.100222, // verb get
    -0.080998, // verb give
    0.166558, // verb have
    0.159894, // verb hold
    0.001243, // verb pass
    -0.039934, // verb put
    0.109312, // verb run
    0.000184, // verb schedule
    0.409034, // verb send
    0.114711, // verb set
    0.313793, // verb share
    -0.011569, // verb ship
    0.049215, // verb sign
    -0.108506, // verb take
    -0.198027, // verb talk
    -0.076466, // verb write
  ],
  bias: 2.032024,
  threshold: 0.38,
  trainedOn: "622 English dev calls, 3029 tasks; held out in 5 folds: AUC 0.847, at the threshold 2308 of 2381 real tasks kept and 417 of 648 others",
};
