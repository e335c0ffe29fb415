// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","confirm","deactivate","email","extend","fill","forward","get","have","hold","pass","put","send","set","share","sign","talk"],
  mean: [
    0.612181, // ownerRep
    0.387819, // ownerCustomer
    0.763665, // hasDueDate
    1.777199, // evidenceCount
    6.565851, // textWords
    3.410203, // objectWords
    0.104112, // pronounObject
    0.030713, // vagueText
    0.775638, // promise
    0.023946, // letMe
    0.155128, // question
    0.078084, // request
    0.082769, // conditional
    0.015617, // hedge
    0.028631, // obligation
    20.496096, // quoteWords
    0.517459, // position
    0.697143, // mentionedElsewhere
    0.391449, // mentionedLate
    5.420614, // callItems
    1.148138, // itemsPerTenTurns
    0.222801, // sameHead
    0.084671, // maxSimilarity
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
    0.696029, // evidenceCount
    2.983899, // textWords
    1.922599, // objectWords
    0.305406, // pronounObject
    0.172539, // vagueText
    0.417162, // promise
    0.152881, // letMe
    0.362026, // question
    0.268304, // request
    0.275533, // conditional
    0.123988, // hedge
    0.166767, // obligation
    10.142612, // quoteWords
    0.198324, // position
    0.330617, // mentionedElsewhere
    0.384142, // mentionedLate
    1.571503, // callItems
    0.462141, // itemsPerTenTurns
    0.467942, // sameHead
    0.104069, // maxSimilarity
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
    -0.124345, // ownerRep
    0.124345, // ownerCustomer
    0.274652, // hasDueDate
    0.125158, // evidenceCount
    0.13993, // textWords
    0.883856, // objectWords
    -0.27189, // pronounObject
    -0.022545, // vagueText
    0.217459, // promise
    -0.119883, // letMe
    0.167811, // question
    -0.355045, // request
    -0.216748, // conditional
    -0.005016, // hedge
    -0.12305, // obligation
    0.658265, // quoteWords
    0.005349, // position
    0.273293, // mentionedElsewhere
    0.098, // mentionedLate
    -0.752408, // callItems
    0.538101, // itemsPerTenTurns
    -0.112934, // sameHead
    -0.433026, // maxSimilarity
    0.04787, // sharedEvidence
    0.133635, // namedInText
    0.197484, // acknowledged
    0.026414, // verb ask
    0.019005, // verb book
    -0.147575, // verb call
    0.006152, // verb check
    0.100732, // verb confirm
    0.174691, // verb deactivate
    0.154152, // verb email
    0.130146, // verb extend
    0.49794, // verb fill
    0.281598, // verb forward
    -0.015652, // verb get
    0.282691, // verb have
    0.206888, // verb hold
    0.014472, // verb pass
    -0.036986, // verb put
    0.479854, // verb send
    0.20992, // verb set
    0.308276, // verb share
    0.070589, // verb sign
    -0.133172, // verb talk
  ],
  bias: 2.130608,
  threshold: 0.33,
  trainedOn: "390 English dev calls, 1921 tasks; held out in 5 folds: AUC 0.844, at the threshold 1491 of 1520 real tasks kept and 279 of 401 others",
};
