// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609203, // ownerRep
    0.390797, // ownerCustomer
    0.77641, // hasDueDate
    1.822424, // evidenceCount
    6.790019, // textWords
    3.546986, // objectWords
    0.105314, // pronounObject
    0.026896, // vagueText
    0.787427, // promise
    0.024627, // letMe
    0.151977, // question
    0.076474, // request
    0.081659, // conditional
    0.017498, // hedge
    0.02722, // obligation
    20.990279, // quoteWords
    0.50177, // position
    0.706021, // mentionedElsewhere
    0.404882, // mentionedLate
    5.171743, // callItems
    1.049205, // itemsPerTenTurns
    0.219378, // sameHead
    0.082126, // maxSimilarity
    0.107259, // sharedEvidence
    0.406999, // namedInText
    0.465003, // acknowledged
    0.004213, // verb add
    0.030784, // verb ask
    0.007129, // verb book
    0.026572, // verb call
    0.004537, // verb cancel
    0.033701, // verb check
    0.005185, // verb close
    0.007777, // verb confirm
    0.004213, // verb countersign
    0.005185, // verb deactivate
    0.022035, // verb email
    0.005833, // verb extend
    0.008425, // verb fill
    0.004213, // verb find
    0.017498, // verb forward
    0.031756, // verb get
    0.003889, // verb give
    0.165587, // verb have
    0.050551, // verb hold
    0.007453, // verb pass
    0.014582, // verb put
    0.005833, // verb run
    0.005509, // verb schedule
    0.372975, // verb send
    0.017822, // verb set
    0.004861, // verb share
    0.005509, // verb ship
    0.020739, // verb sign
    0.009397, // verb take
    0.008425, // verb talk
    0.005833, // verb write
  ],
  scale: [
    0.487929, // ownerRep
    0.487929, // ownerCustomer
    0.416651, // hasDueDate
    0.719303, // evidenceCount
    3.017014, // textWords
    1.928291, // objectWords
    0.306958, // pronounObject
    0.161778, // vagueText
    0.409128, // promise
    0.154987, // letMe
    0.358998, // question
    0.265756, // request
    0.273845, // conditional
    0.131119, // hedge
    0.162723, // obligation
    10.438843, // quoteWords
    0.201025, // position
    0.319658, // mentionedElsewhere
    0.378075, // mentionedLate
    1.493014, // callItems
    0.409825, // itemsPerTenTurns
    0.466117, // sameHead
    0.104489, // maxSimilarity
    0.321763, // sharedEvidence
    0.491275, // namedInText
    0.498774, // acknowledged
    0.064767, // verb add
    0.172733, // verb ask
    0.084132, // verb book
    0.160828, // verb call
    0.067201, // verb cancel
    0.180457, // verb check
    0.071818, // verb close
    0.087844, // verb confirm
    0.064767, // verb countersign
    0.071818, // verb deactivate
    0.146797, // verb email
    0.07615, // verb extend
    0.091401, // verb fill
    0.064767, // verb find
    0.131119, // verb forward
    0.175351, // verb get
    0.062237, // verb give
    0.371709, // verb have
    0.219079, // verb hold
    0.086009, // verb pass
    0.119872, // verb put
    0.07615, // verb run
    0.074016, // verb schedule
    0.483595, // verb send
    0.132306, // verb set
    0.069549, // verb share
    0.074016, // verb ship
    0.142509, // verb sign
    0.096483, // verb take
    0.091401, // verb talk
    0.07615, // verb write
  ],
  weights: [
    -0.091739, // ownerRep
    0.091739, // ownerCustomer
    0.343181, // hasDueDate
    0.215869, // evidenceCount
    0.226256, // textWords
    0.84591, // objectWords
    -0.305887, // pronounObject
    0.000866, // vagueText
    0.201618, // promise
    -0.188857, // letMe
    -0.035798, // question
    -0.189527, // request
    -0.199195, // conditional
    -0.105243, // hedge
    -0.078991, // obligation
    0.60752, // quoteWords
    -0.009341, // position
    0.190096, // mentionedElsewhere
    0.12511, // mentionedLate
    -0.601539, // callItems
    0.418157, // itemsPerTenTurns
    -0.160284, // sameHead
    -0.331932, // maxSimilarity
    0.0288, // sharedEvidence
    0.105092, // namedInText
    0.177111, // acknowledged
    -0.081361, // verb add
    -0.020329, // verb ask
    0.05456, // verb book
    -0.052051, // verb call
    0.112121, // verb cancel
    -0.003606, // verb check
    0.031217, // verb close
    0.132891, // verb confirm
    0.075567, // verb countersign
    0.106324, // verb deactivate
    0.163787, // verb email
    0.054019, // verb extend
    0.171333, // verb fill
    0.054066, // verb find
    0.234492, // verb forward
    -0.071757, // verb get
    -0.075632, // verb give
    0.246521, // verb have
    0.209322, // verb hold
    -0.00233, // verb pass
    -0.043907, // verb put
    0.113634, // verb run
    -0.007326, // verb schedule
    0.378187, // verb send
    0.096444, // verb set
    0.299861, // verb share
    0.059891, // verb ship
    0.029838, // verb sign
    -0.123488, // verb take
    -0.14287, // verb talk
    -0.073928, // verb write
  ],
  bias: 2.173299,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3086 tasks; held out in 5 folds: AUC 0.850, at the threshold 2407 of 2477 real tasks kept and 397 of 609 others",
};
