// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608558, // ownerRep
    0.391442, // ownerCustomer
    0.777813, // hasDueDate
    1.823138, // evidenceCount
    6.781616, // textWords
    3.54168, // objectWords
    0.106181, // pronounObject
    0.026624, // vagueText
    0.787005, // promise
    0.024406, // letMe
    0.16355, // question
    0.076387, // request
    0.082409, // conditional
    0.019968, // hedge
    0.027258, // obligation
    21.245959, // quoteWords
    0.502079, // position
    0.705999, // mentionedElsewhere
    0.404696, // mentionedLate
    5.161648, // callItems
    1.048824, // itemsPerTenTurns
    0.219651, // sameHead
    0.081533, // maxSimilarity
    0.100792, // sharedEvidence
    0.408241, // namedInText
    0.463708, // acknowledged
    0.00412, // verb add
    0.031062, // verb ask
    0.006973, // verb book
    0.026624, // verb call
    0.004437, // verb cancel
    0.032964, // verb check
    0.005388, // verb close
    0.007924, // verb confirm
    0.00412, // verb countersign
    0.005071, // verb deactivate
    0.02187, // verb email
    0.005705, // verb extend
    0.008241, // verb fill
    0.00412, // verb find
    0.017116, // verb forward
    0.03233, // verb get
    0.00412, // verb give
    0.167353, // verb have
    0.051347, // verb hold
    0.007607, // verb pass
    0.01458, // verb put
    0.005705, // verb run
    0.006022, // verb schedule
    0.371157, // verb send
    0.01775, // verb set
    0.004754, // verb share
    0.005388, // verb ship
    0.020602, // verb sign
    0.009192, // verb take
    0.008241, // verb talk
    0.003803, // verb update
    0.006022, // verb write
  ],
  scale: [
    0.488073, // ownerRep
    0.488073, // ownerCustomer
    0.415716, // hasDueDate
    0.719947, // evidenceCount
    3.003249, // textWords
    1.919395, // objectWords
    0.308069, // pronounObject
    0.160983, // vagueText
    0.409424, // promise
    0.154305, // letMe
    0.369867, // question
    0.265616, // request
    0.274987, // conditional
    0.139891, // hedge
    0.162835, // obligation
    10.574483, // quoteWords
    0.201131, // position
    0.320385, // mentionedElsewhere
    0.378113, // mentionedLate
    1.491185, // callItems
    0.408768, // itemsPerTenTurns
    0.467241, // sameHead
    0.103619, // maxSimilarity
    0.310384, // sharedEvidence
    0.491508, // namedInText
    0.498681, // acknowledged
    0.064058, // verb add
    0.173485, // verb ask
    0.083213, // verb book
    0.160983, // verb call
    0.066466, // verb cancel
    0.178541, // verb check
    0.073207, // verb close
    0.088663, // verb confirm
    0.064058, // verb countersign
    0.071032, // verb deactivate
    0.146259, // verb email
    0.075317, // verb extend
    0.090405, // verb fill
    0.064058, // verb find
    0.129703, // verb forward
    0.176874, // verb get
    0.064058, // verb give
    0.373291, // verb have
    0.220705, // verb hold
    0.086886, // verb pass
    0.119864, // verb put
    0.075317, // verb run
    0.077369, // verb schedule
    0.483114, // verb send
    0.13204, // verb set
    0.068788, // verb share
    0.073207, // verb ship
    0.142048, // verb sign
    0.095432, // verb take
    0.090405, // verb talk
    0.061555, // verb update
    0.077369, // verb write
  ],
  weights: [
    -0.098564, // ownerRep
    0.098564, // ownerCustomer
    0.348126, // hasDueDate
    0.153678, // evidenceCount
    0.259814, // textWords
    0.785895, // objectWords
    -0.312662, // pronounObject
    -0.015491, // vagueText
    0.207486, // promise
    -0.184034, // letMe
    0.012822, // question
    -0.197826, // request
    -0.212251, // conditional
    -0.092625, // hedge
    -0.060519, // obligation
    0.714932, // quoteWords
    -0.008654, // position
    0.183612, // mentionedElsewhere
    0.122121, // mentionedLate
    -0.609162, // callItems
    0.416317, // itemsPerTenTurns
    -0.159046, // sameHead
    -0.301236, // maxSimilarity
    -0.015311, // sharedEvidence
    0.092463, // namedInText
    0.187742, // acknowledged
    -0.046184, // verb add
    -0.016889, // verb ask
    0.055809, // verb book
    -0.038933, // verb call
    0.112057, // verb cancel
    -0.01215, // verb check
    0.042361, // verb close
    0.137611, // verb confirm
    0.074137, // verb countersign
    0.105737, // verb deactivate
    0.166949, // verb email
    0.053128, // verb extend
    0.166395, // verb fill
    0.053691, // verb find
    0.235928, // verb forward
    -0.084107, // verb get
    -0.097573, // verb give
    0.263608, // verb have
    0.16492, // verb hold
    -0.007426, // verb pass
    -0.0309, // verb put
    0.1149, // verb run
    -0.025734, // verb schedule
    0.363496, // verb send
    0.081562, // verb set
    0.295054, // verb share
    0.062289, // verb ship
    0.030377, // verb sign
    -0.131302, // verb take
    -0.141111, // verb talk
    -0.00279, // verb update
    -0.088258, // verb write
  ],
  bias: 2.184219,
  threshold: 0.37,
  trainedOn: "670 English dev calls, 3155 tasks; held out in 5 folds: AUC 0.852, at the threshold 2464 of 2532 real tasks kept and 400 of 623 others",
};
