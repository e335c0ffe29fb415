// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609457, // ownerRep
    0.390543, // ownerCustomer
    0.792177, // hasDueDate
    1.846468, // evidenceCount
    6.818155, // textWords
    3.573555, // objectWords
    0.105079, // pronounObject
    0.025394, // vagueText
    0.79101, // promise
    0.023643, // letMe
    0.165499, // question
    0.07735, // request
    0.077933, // conditional
    0.020432, // hedge
    0.028313, // obligation
    21.363398, // quoteWords
    0.501812, // position
    0.706947, // mentionedElsewhere
    0.400047, // mentionedLate
    5.048745, // callItems
    1.018693, // itemsPerTenTurns
    0.206947, // sameHead
    0.080111, // maxSimilarity
    0.09749, // sharedEvidence
    0.412726, // namedInText
    0.457968, // acknowledged
    0.003795, // verb add
    0.031816, // verb ask
    0.007881, // verb book
    0.027437, // verb call
    0.005254, // verb cancel
    0.029189, // verb check
    0.004962, // verb close
    0.009632, // verb confirm
    0.004086, // verb countersign
    0.00467, // verb deactivate
    0.022767, // verb email
    0.005254, // verb extend
    0.008173, // verb fill
    0.004962, // verb find
    0.016637, // verb forward
    0.031816, // verb get
    0.174256, // verb have
    0.052248, // verb hold
    0.007297, // verb pass
    0.003795, // verb pull
    0.012259, // verb put
    0.005838, // verb run
    0.003503, // verb schedule
    0.375657, // verb send
    0.017221, // verb set
    0.004378, // verb share
    0.00613, // verb ship
    0.019556, // verb sign
    0.008757, // verb take
    0.007589, // verb talk
    0.004086, // verb update
    0.005546, // verb write
  ],
  scale: [
    0.487872, // ownerRep
    0.487872, // ownerCustomer
    0.405749, // hasDueDate
    0.724688, // evidenceCount
    2.987702, // textWords
    1.906602, // objectWords
    0.306655, // pronounObject
    0.157319, // vagueText
    0.406587, // promise
    0.151933, // letMe
    0.37163, // question
    0.267145, // request
    0.268067, // conditional
    0.141473, // hedge
    0.165865, // obligation
    10.476011, // quoteWords
    0.201447, // position
    0.318701, // mentionedElsewhere
    0.375747, // mentionedLate
    1.453187, // callItems
    0.400896, // itemsPerTenTurns
    0.45146, // sameHead
    0.103183, // maxSimilarity
    0.305351, // sharedEvidence
    0.492324, // namedInText
    0.49823, // acknowledged
    0.061483, // verb add
    0.175509, // verb ask
    0.088424, // verb book
    0.163354, // verb call
    0.072293, // verb cancel
    0.168335, // verb check
    0.070267, // verb close
    0.09767, // verb confirm
    0.063794, // verb countersign
    0.068179, // verb deactivate
    0.14916, // verb email
    0.072293, // verb extend
    0.090033, // verb fill
    0.070267, // verb find
    0.127909, // verb forward
    0.175509, // verb get
    0.379329, // verb have
    0.222526, // verb hold
    0.085111, // verb pass
    0.061483, // verb pull
    0.11004, // verb put
    0.076182, // verb run
    0.059079, // verb schedule
    0.484292, // verb send
    0.130095, // verb set
    0.066024, // verb share
    0.078051, // verb ship
    0.13847, // verb sign
    0.093166, // verb take
    0.086784, // verb talk
    0.063794, // verb update
    0.074264, // verb write
  ],
  weights: [
    -0.08665, // ownerRep
    0.08665, // ownerCustomer
    0.363007, // hasDueDate
    0.164681, // evidenceCount
    0.315313, // textWords
    0.806743, // objectWords
    -0.33332, // pronounObject
    0.002679, // vagueText
    0.164838, // promise
    -0.16781, // letMe
    0.013827, // question
    -0.206819, // request
    -0.186176, // conditional
    -0.07598, // hedge
    -0.040654, // obligation
    0.657298, // quoteWords
    -0.026362, // position
    0.177828, // mentionedElsewhere
    0.170869, // mentionedLate
    -0.639018, // callItems
    0.429549, // itemsPerTenTurns
    -0.135307, // sameHead
    -0.36091, // maxSimilarity
    0.009582, // sharedEvidence
    0.09654, // namedInText
    0.176385, // acknowledged
    -0.045503, // verb add
    -0.024182, // verb ask
    0.084359, // verb book
    -0.049697, // verb call
    0.049036, // verb cancel
    0.001276, // verb check
    0.043151, // verb close
    0.102503, // verb confirm
    0.082392, // verb countersign
    0.098323, // verb deactivate
    0.168916, // verb email
    0.050223, // verb extend
    0.175845, // verb fill
    0.05484, // verb find
    0.237534, // verb forward
    -0.091284, // verb get
    0.262253, // verb have
    0.148836, // verb hold
    0.000212, // verb pass
    -0.025771, // verb pull
    0.04919, // verb put
    0.082101, // verb run
    0.014108, // verb schedule
    0.355627, // verb send
    0.075201, // verb set
    0.288374, // verb share
    0.022987, // verb ship
    0.030549, // verb sign
    -0.146078, // verb take
    -0.147045, // verb talk
    0.006807, // verb update
    -0.089961, // verb write
  ],
  bias: 2.285711,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3426 tasks; held out in 5 folds: AUC 0.846, at the threshold 2732 of 2792 real tasks kept and 419 of 634 others",
};
