// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612431, // ownerRep
    0.387569, // ownerCustomer
    0.775789, // hasDueDate
    1.803775, // evidenceCount
    6.75659, // textWords
    3.52587, // objectWords
    0.101855, // pronounObject
    0.027986, // vagueText
    0.786528, // promise
    0.024081, // letMe
    0.148715, // question
    0.075171, // request
    0.082655, // conditional
    0.016596, // hedge
    0.027335, // obligation
    20.982102, // quoteWords
    0.504473, // position
    0.705712, // mentionedElsewhere
    0.405878, // mentionedLate
    5.269769, // callItems
    1.072118, // itemsPerTenTurns
    0.22714, // sameHead
    0.086289, // maxSimilarity
    0.125936, // sharedEvidence
    0.411975, // namedInText
    0.465669, // acknowledged
    0.00423, // verb add
    0.030914, // verb ask
    0.006508, // verb book
    0.028311, // verb call
    0.00423, // verb cancel
    0.035145, // verb check
    0.005207, // verb close
    0.00781, // verb confirm
    0.003905, // verb countersign
    0.005207, // verb deactivate
    0.00423, // verb delete
    0.021803, // verb email
    0.005532, // verb extend
    0.008135, // verb fill
    0.004556, // verb find
    0.017247, // verb forward
    0.031565, // verb get
    0.00423, // verb give
    0.164009, // verb have
    0.05109, // verb hold
    0.007159, // verb pass
    0.014969, // verb put
    0.005857, // verb run
    0.005207, // verb schedule
    0.367393, // verb send
    0.018549, // verb set
    0.004881, // verb share
    0.005532, // verb ship
    0.020827, // verb sign
    0.009762, // verb take
    0.010088, // verb talk
    0.005857, // verb write
  ],
  scale: [
    0.487195, // ownerRep
    0.487195, // ownerCustomer
    0.417062, // hasDueDate
    0.714928, // evidenceCount
    3.002002, // textWords
    1.921346, // objectWords
    0.302457, // pronounObject
    0.164932, // vagueText
    0.409758, // promise
    0.1533, // letMe
    0.355807, // question
    0.263667, // request
    0.275361, // conditional
    0.127753, // hedge
    0.163057, // obligation
    10.381685, // quoteWords
    0.202065, // position
    0.319277, // mentionedElsewhere
    0.37773, // mentionedLate
    1.504669, // callItems
    0.413405, // itemsPerTenTurns
    0.475723, // sameHead
    0.106713, // maxSimilarity
    0.348985, // sharedEvidence
    0.492191, // namedInText
    0.49882, // acknowledged
    0.064904, // verb add
    0.173086, // verb ask
    0.080411, // verb book
    0.16586, // verb call
    0.064904, // verb cancel
    0.184146, // verb check
    0.071969, // verb close
    0.088028, // verb confirm
    0.062368, // verb countersign
    0.071969, // verb deactivate
    0.064904, // verb delete
    0.146039, // verb email
    0.074172, // verb extend
    0.089829, // verb fill
    0.067343, // verb find
    0.13019, // verb forward
    0.17484, // verb get
    0.064904, // verb give
    0.370284, // verb have
    0.220182, // verb hold
    0.084308, // verb pass
    0.121429, // verb put
    0.07631, // verb run
    0.071969, // verb schedule
    0.482095, // verb send
    0.134924, // verb set
    0.069695, // verb share
    0.074172, // verb ship
    0.142803, // verb sign
    0.098322, // verb take
    0.09993, // verb talk
    0.07631, // verb write
  ],
  weights: [
    -0.094981, // ownerRep
    0.094981, // ownerCustomer
    0.308266, // hasDueDate
    0.245923, // evidenceCount
    0.243365, // textWords
    0.882901, // objectWords
    -0.2807, // pronounObject
    0.050649, // vagueText
    0.210486, // promise
    -0.163096, // letMe
    -0.001624, // question
    -0.201919, // request
    -0.186315, // conditional
    -0.076033, // hedge
    -0.087101, // obligation
    0.543124, // quoteWords
    -0.022248, // position
    0.193367, // mentionedElsewhere
    0.127138, // mentionedLate
    -0.605426, // callItems
    0.409237, // itemsPerTenTurns
    -0.121136, // sameHead
    -0.381239, // maxSimilarity
    -0.045287, // sharedEvidence
    0.082911, // namedInText
    0.192649, // acknowledged
    -0.082405, // verb add
    -0.047143, // verb ask
    0.038431, // verb book
    -0.094938, // verb call
    0.105372, // verb cancel
    -0.027427, // verb check
    0.024827, // verb close
    0.076684, // verb confirm
    0.068649, // verb countersign
    0.135309, // verb deactivate
    -0.104788, // verb delete
    0.167261, // verb email
    0.077099, // verb extend
    0.251449, // verb fill
    0.001352, // verb find
    0.214903, // verb forward
    -0.087412, // verb get
    -0.077692, // verb give
    0.252587, // verb have
    0.194138, // verb hold
    -0.018238, // verb pass
    -0.036561, // verb put
    0.11521, // verb run
    0.001401, // verb schedule
    0.40232, // verb send
    0.118193, // verb set
    0.314984, // verb share
    -0.008275, // verb ship
    0.035007, // verb sign
    -0.110652, // verb take
    -0.190704, // verb talk
    -0.074337, // verb write
  ],
  bias: 2.085541,
  threshold: 0.36,
  trainedOn: "638 English dev calls, 3073 tasks; held out in 5 folds: AUC 0.848, at the threshold 2368 of 2433 real tasks kept and 420 of 640 others",
};
