// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","confirm","deactivate","email","extend","fill","forward","get","have","hold","pass","put","send","set","share","sign","talk"],
  mean: [
    0.612181, // ownerRep
    0.387819, // ownerCustomer
    0.763665, // hasDueDate
    1.77824, // evidenceCount
    6.565851, // textWords
    3.410203, // objectWords
    0.104112, // pronounObject
    0.030713, // vagueText
    0.775638, // promise
    0.023946, // letMe
    0.155648, // question
    0.078084, // request
    0.082769, // conditional
    0.015617, // hedge
    0.028631, // obligation
    20.50963, // quoteWords
    0.517459, // position
    0.696883, // mentionedElsewhere
    0.391449, // mentionedLate
    5.420614, // callItems
    1.148138, // itemsPerTenTurns
    0.222801, // sameHead
    0.084686, // maxSimilarity
    0.111921, // sharedEvidence
    0.401353, // namedInText
    0.479438, // acknowledged
    0.026028, // verb ask
    0.006247, // verb book
    0.023425, // verb call
    0.031754, // verb check
    0.006767, // verb confirm
    0.006767, // verb deactivate
    0.025508, // verb email
    0.007288, // verb extend
    0.007808, // verb fill
    0.01874, // verb forward
    0.038001, // verb get
    0.162415, // verb have
    0.053097, // verb hold
    0.006767, // verb pass
    0.016658, // verb put
    0.368037, // verb send
    0.01822, // verb set
    0.006247, // verb share
    0.022384, // verb sign
    0.00885, // verb talk
  ],
  scale: [
    0.487253, // ownerRep
    0.487253, // ownerCustomer
    0.42483, // hasDueDate
    0.696362, // evidenceCount
    2.983899, // textWords
    1.922599, // objectWords
    0.305406, // pronounObject
    0.172539, // vagueText
    0.417162, // promise
    0.152881, // letMe
    0.362521, // question
    0.268304, // request
    0.275533, // conditional
    0.123988, // hedge
    0.166767, // obligation
    10.150612, // quoteWords
    0.198324, // position
    0.330575, // mentionedElsewhere
    0.384142, // mentionedLate
    1.571503, // callItems
    0.462141, // itemsPerTenTurns
    0.467942, // sameHead
    0.104013, // maxSimilarity
    0.329795, // sharedEvidence
    0.490172, // namedInText
    0.499577, // acknowledged
    0.159219, // verb ask
    0.078789, // verb book
    0.15125, // verb call
    0.175345, // verb check
    0.081985, // verb confirm
    0.081985, // verb deactivate
    0.157661, // verb email
    0.085057, // verb extend
    0.08802, // verb fill
    0.135606, // verb forward
    0.191199, // verb get
    0.368831, // verb have
    0.224228, // verb hold
    0.081985, // verb pass
    0.127986, // verb put
    0.482272, // verb send
    0.133745, // verb set
    0.078789, // verb share
    0.147929, // verb sign
    0.093655, // verb talk
  ],
  weights: [
    -0.123213, // ownerRep
    0.123213, // ownerCustomer
    0.27324, // hasDueDate
    0.127765, // evidenceCount
    0.138416, // textWords
    0.886785, // objectWords
    -0.2711, // pronounObject
    -0.021827, // vagueText
    0.219472, // promise
    -0.119568, // letMe
    0.168509, // question
    -0.355333, // request
    -0.216851, // conditional
    -0.005034, // hedge
    -0.122699, // obligation
    0.658258, // quoteWords
    0.007156, // position
    0.27335, // mentionedElsewhere
    0.096763, // mentionedLate
    -0.752501, // callItems
    0.538525, // itemsPerTenTurns
    -0.11289, // sameHead
    -0.432047, // maxSimilarity
    0.047415, // sharedEvidence
    0.133548, // namedInText
    0.198184, // acknowledged
    0.026797, // verb ask
    0.019411, // verb book
    -0.147431, // verb call
    0.006852, // verb check
    0.10106, // verb confirm
    0.175262, // verb deactivate
    0.154936, // verb email
    0.130466, // verb extend
    0.498237, // verb fill
    0.282397, // verb forward
    -0.014473, // verb get
    0.285016, // verb have
    0.208709, // verb hold
    0.014596, // verb pass
    -0.036519, // verb put
    0.482254, // verb send
    0.210679, // verb set
    0.308687, // verb share
    0.072129, // verb sign
    -0.132752, // verb talk
  ],
  bias: 2.131602,
  threshold: 0.33,
  trainedOn: "390 English dev calls, 1921 tasks; held out in 5 folds: AUC 0.844, at the threshold 1491 of 1520 real tasks kept and 279 of 401 others",
};
