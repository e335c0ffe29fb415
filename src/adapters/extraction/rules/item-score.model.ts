// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.61178, // ownerRep
    0.38822, // ownerCustomer
    0.777091, // hasDueDate
    1.809632, // evidenceCount
    6.759518, // textWords
    3.52587, // objectWords
    0.102831, // pronounObject
    0.027009, // vagueText
    0.786853, // promise
    0.024081, // letMe
    0.151318, // question
    0.075171, // request
    0.08233, // conditional
    0.017247, // hedge
    0.027335, // obligation
    21.005532, // quoteWords
    0.50376, // position
    0.70651, // mentionedElsewhere
    0.407012, // mentionedLate
    5.271396, // callItems
    1.071589, // itemsPerTenTurns
    0.225513, // sameHead
    0.086127, // maxSimilarity
    0.123983, // sharedEvidence
    0.410348, // namedInText
    0.464692, // acknowledged
    0.00423, // verb add
    0.030914, // verb ask
    0.006508, // verb book
    0.027986, // verb call
    0.00423, // verb cancel
    0.035145, // verb check
    0.005207, // verb close
    0.00781, // verb confirm
    0.003905, // verb countersign
    0.005207, // verb deactivate
    0.004556, // verb delete
    0.021803, // verb email
    0.005532, // verb extend
    0.008135, // verb fill
    0.004556, // verb find
    0.017247, // verb forward
    0.031565, // verb get
    0.00423, // verb give
    0.163684, // verb have
    0.05109, // verb hold
    0.007485, // verb pass
    0.014969, // verb put
    0.005857, // verb run
    0.005207, // verb schedule
    0.367719, // verb send
    0.018549, // verb set
    0.004881, // verb share
    0.005532, // verb ship
    0.020827, // verb sign
    0.009762, // verb take
    0.010088, // verb talk
    0.005857, // verb write
  ],
  scale: [
    0.487345, // ownerRep
    0.487345, // ownerCustomer
    0.416198, // hasDueDate
    0.71651, // evidenceCount
    3.000666, // textWords
    1.920499, // objectWords
    0.303738, // pronounObject
    0.162111, // vagueText
    0.40953, // promise
    0.1533, // letMe
    0.358358, // question
    0.263667, // request
    0.274867, // conditional
    0.13019, // hedge
    0.163057, // obligation
    10.352664, // quoteWords
    0.201743, // position
    0.318833, // mentionedElsewhere
    0.377393, // mentionedLate
    1.50902, // callItems
    0.411722, // itemsPerTenTurns
    0.474786, // sameHead
    0.106668, // maxSimilarity
    0.344055, // sharedEvidence
    0.491897, // namedInText
    0.498752, // acknowledged
    0.064904, // verb add
    0.173086, // verb ask
    0.080411, // verb book
    0.164932, // verb call
    0.064904, // verb cancel
    0.184146, // verb check
    0.071969, // verb close
    0.088028, // verb confirm
    0.062368, // verb countersign
    0.071969, // verb deactivate
    0.067343, // verb delete
    0.146039, // verb email
    0.074172, // verb extend
    0.089829, // verb fill
    0.067343, // verb find
    0.13019, // verb forward
    0.17484, // verb get
    0.064904, // verb give
    0.369988, // verb have
    0.220182, // verb hold
    0.086189, // verb pass
    0.121429, // verb put
    0.07631, // verb run
    0.071969, // verb schedule
    0.482184, // verb send
    0.134924, // verb set
    0.069695, // verb share
    0.074172, // verb ship
    0.142803, // verb sign
    0.098322, // verb take
    0.09993, // verb talk
    0.07631, // verb write
  ],
  weights: [
    -0.098389, // ownerRep
    0.098389, // ownerCustomer
    0.294177, // hasDueDate
    0.258138, // evidenceCount
    0.260892, // textWords
    0.873731, // objectWords
    -0.285184, // pronounObject
    0.060297, // vagueText
    0.214117, // promise
    -0.170174, // letMe
    0.006726, // question
    -0.188682, // request
    -0.195761, // conditional
    -0.100317, // hedge
    -0.092857, // obligation
    0.548276, // quoteWords
    -0.01386, // position
    0.17417, // mentionedElsewhere
    0.142109, // mentionedLate
    -0.621786, // callItems
    0.406347, // itemsPerTenTurns
    -0.122316, // sameHead
    -0.382628, // maxSimilarity
    -0.049207, // sharedEvidence
    0.084486, // namedInText
    0.195943, // acknowledged
    -0.084258, // verb add
    -0.051321, // verb ask
    0.03604, // verb book
    -0.09728, // verb call
    0.106624, // verb cancel
    -0.030468, // verb check
    0.026805, // verb close
    0.076152, // verb confirm
    0.069358, // verb countersign
    0.135154, // verb deactivate
    -0.099488, // verb delete
    0.168, // verb email
    0.075146, // verb extend
    0.248338, // verb fill
    -0.002353, // verb find
    0.210705, // verb forward
    -0.089455, // verb get
    -0.080217, // verb give
    0.247627, // verb have
    0.205951, // verb hold
    -0.009527, // verb pass
    -0.040765, // verb put
    0.115254, // verb run
    0.000444, // verb schedule
    0.409849, // verb send
    0.118264, // verb set
    0.31335, // verb share
    0.023282, // verb ship
    0.036816, // verb sign
    -0.113798, // verb take
    -0.193873, // verb talk
    -0.078622, // verb write
  ],
  bias: 2.12082,
  threshold: 0.39,
  trainedOn: "638 English dev calls, 3073 tasks; held out in 5 folds: AUC 0.850, at the threshold 2360 of 2442 real tasks kept and 398 of 631 others",
};
