// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613298, // ownerRep
    0.386702, // ownerCustomer
    0.772412, // hasDueDate
    1.790605, // evidenceCount
    6.763811, // textWords
    3.531922, // objectWords
    0.101224, // pronounObject
    0.026795, // vagueText
    0.784651, // promise
    0.023817, // letMe
    0.148197, // question
    0.07476, // request
    0.083692, // conditional
    0.016871, // hedge
    0.026795, // obligation
    21.010916, // quoteWords
    0.505053, // position
    0.708165, // mentionedElsewhere
    0.410478, // mentionedLate
    5.30698, // callItems
    1.080673, // itemsPerTenTurns
    0.230896, // sameHead
    0.08832, // maxSimilarity
    0.127357, // sharedEvidence
    0.412173, // namedInText
    0.466755, // acknowledged
    0.0043, // verb add
    0.030764, // verb ask
    0.006285, // verb book
    0.027787, // verb call
    0.004631, // verb cancel
    0.035395, // verb check
    0.005293, // verb close
    0.007939, // verb confirm
    0.005293, // verb deactivate
    0.0043, // verb delete
    0.021171, // verb email
    0.005624, // verb extend
    0.00827, // verb fill
    0.004631, // verb find
    0.017532, // verb forward
    0.031426, // verb get
    0.0043, // verb give
    0.163414, // verb have
    0.052266, // verb hold
    0.006616, // verb pass
    0.015217, // verb put
    0.005954, // verb run
    0.004962, // verb schedule
    0.367516, // verb send
    0.018525, // verb set
    0.004962, // verb share
    0.005624, // verb ship
    0.021171, // verb sign
    0.009924, // verb take
    0.010255, // verb talk
    0.005954, // verb write
  ],
  scale: [
    0.486994, // ownerRep
    0.486994, // ownerCustomer
    0.419276, // hasDueDate
    0.711526, // evidenceCount
    3.004758, // textWords
    1.923329, // objectWords
    0.301625, // pronounObject
    0.161483, // vagueText
    0.411064, // promise
    0.15248, // letMe
    0.355295, // question
    0.263004, // request
    0.276925, // conditional
    0.128787, // hedge
    0.161483, // obligation
    10.385565, // quoteWords
    0.201828, // position
    0.316463, // mentionedElsewhere
    0.377398, // mentionedLate
    1.498165, // callItems
    0.411512, // itemsPerTenTurns
    0.479426, // sameHead
    0.108187, // maxSimilarity
    0.353597, // sharedEvidence
    0.492226, // namedInText
    0.498894, // acknowledged
    0.065436, // verb add
    0.172678, // verb ask
    0.079029, // verb book
    0.164362, // verb call
    0.067895, // verb cancel
    0.184777, // verb check
    0.072559, // verb close
    0.088747, // verb confirm
    0.072559, // verb deactivate
    0.065436, // verb delete
    0.143954, // verb email
    0.074779, // verb extend
    0.090562, // verb fill
    0.067895, // verb find
    0.131244, // verb forward
    0.174465, // verb get
    0.065436, // verb give
    0.369743, // verb have
    0.222563, // verb hold
    0.081069, // verb pass
    0.122414, // verb put
    0.076934, // verb run
    0.070266, // verb schedule
    0.482129, // verb send
    0.134839, // verb set
    0.070266, // verb share
    0.074779, // verb ship
    0.143954, // verb sign
    0.099123, // verb take
    0.100745, // verb talk
    0.076934, // verb write
  ],
  weights: [
    -0.098882, // ownerRep
    0.098882, // ownerCustomer
    0.29634, // hasDueDate
    0.26189, // evidenceCount
    0.24506, // textWords
    0.912729, // objectWords
    -0.306191, // pronounObject
    0.075417, // vagueText
    0.226359, // promise
    -0.161343, // letMe
    0.049894, // question
    -0.256103, // request
    -0.18743, // conditional
    -0.084841, // hedge
    -0.07517, // obligation
    0.504139, // quoteWords
    -0.021165, // position
    0.218375, // mentionedElsewhere
    0.115279, // mentionedLate
    -0.597175, // callItems
    0.38837, // itemsPerTenTurns
    -0.13875, // sameHead
    -0.393634, // maxSimilarity
    -0.031403, // sharedEvidence
    0.087086, // namedInText
    0.194941, // acknowledged
    -0.091435, // verb add
    -0.056736, // verb ask
    0.029961, // verb book
    -0.117801, // verb call
    0.075337, // verb cancel
    -0.058661, // verb check
    0.020423, // verb close
    0.07328, // verb confirm
    0.146049, // verb deactivate
    -0.136324, // verb delete
    0.153203, // verb email
    0.072679, // verb extend
    0.252936, // verb fill
    -0.012132, // verb find
    0.207957, // verb forward
    -0.100813, // verb get
    -0.083269, // verb give
    0.206879, // verb have
    0.160943, // verb hold
    -0.004346, // verb pass
    -0.048904, // verb put
    0.109318, // verb run
    -0.000135, // verb schedule
    0.3893, // verb send
    0.110094, // verb set
    0.313839, // verb share
    -0.012011, // verb ship
    0.035742, // verb sign
    -0.113837, // verb take
    -0.20454, // verb talk
    -0.078917, // verb write
  ],
  bias: 2.073843,
  threshold: 0.36,
  trainedOn: "622 English dev calls, 3023 tasks; held out in 5 folds: AUC 0.849, at the threshold 2329 of 2390 real tasks kept and 418 of 633 others",
};
