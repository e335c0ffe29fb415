// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613296, // ownerRep
    0.386704, // ownerCustomer
    0.766113, // hasDueDate
    1.76895, // evidenceCount
    6.628699, // textWords
    3.447507, // objectWords
    0.100122, // pronounObject
    0.034455, // vagueText
    0.78638, // promise
    0.025537, // letMe
    0.146737, // question
    0.073774, // request
    0.085124, // conditional
    0.016619, // hedge
    0.025132, // obligation
    20.5606, // quoteWords
    0.509843, // position
    0.709037, // mentionedElsewhere
    0.411959, // mentionedLate
    5.389947, // callItems
    1.105591, // itemsPerTenTurns
    0.218889, // sameHead
    0.085017, // maxSimilarity
    0.120389, // sharedEvidence
    0.408188, // namedInText
    0.469396, // acknowledged
    0.025537, // verb ask
    0.007702, // verb book
    0.027158, // verb call
    0.034049, // verb check
    0.004864, // verb close
    0.008512, // verb confirm
    0.005675, // verb deactivate
    0.004864, // verb delete
    0.02351, // verb email
    0.006486, // verb extend
    0.008107, // verb fill
    0.004864, // verb find
    0.01743, // verb forward
    0.036482, // verb get
    0.00527, // verb give
    0.162546, // verb have
    0.05229, // verb hold
    0.006486, // verb pass
    0.016619, // verb put
    0.00608, // verb run
    0.005675, // verb schedule
    0.363194, // verb send
    0.018646, // verb set
    0.005675, // verb share
    0.004864, // verb ship
    0.021078, // verb sign
    0.004864, // verb take
    0.008918, // verb talk
    0.00527, // verb write
  ],
  scale: [
    0.486995, // ownerRep
    0.486995, // ownerCustomer
    0.423301, // hasDueDate
    0.705041, // evidenceCount
    2.997897, // textWords
    1.91319, // objectWords
    0.300162, // pronounObject
    0.182394, // vagueText
    0.409861, // promise
    0.15775, // letMe
    0.353843, // question
    0.261402, // request
    0.279066, // conditional
    0.12784, // hedge
    0.156525, // obligation
    10.195012, // quoteWords
    0.200224, // position
    0.320997, // mentionedElsewhere
    0.382901, // mentionedLate
    1.545535, // callItems
    0.438367, // itemsPerTenTurns
    0.466033, // sameHead
    0.104835, // maxSimilarity
    0.349442, // sharedEvidence
    0.491498, // namedInText
    0.499063, // acknowledged
    0.15775, // verb ask
    0.087421, // verb book
    0.162545, // verb call
    0.181356, // verb check
    0.069574, // verb close
    0.091869, // verb confirm
    0.075118, // verb deactivate
    0.069574, // verb delete
    0.151518, // verb email
    0.080272, // verb extend
    0.089673, // verb fill
    0.069574, // verb find
    0.130867, // verb forward
    0.187485, // verb get
    0.0724, // verb give
    0.368951, // verb have
    0.222612, // verb hold
    0.080272, // verb pass
    0.12784, // verb put
    0.077739, // verb run
    0.075118, // verb schedule
    0.48092, // verb send
    0.135272, // verb set
    0.075118, // verb share
    0.069574, // verb ship
    0.143645, // verb sign
    0.069574, // verb take
    0.094012, // verb talk
    0.0724, // verb write
  ],
  weights: [
    -0.114311, // ownerRep
    0.114311, // ownerCustomer
    0.318576, // hasDueDate
    0.195516, // evidenceCount
    0.142039, // textWords
    0.95862, // objectWords
    -0.223075, // pronounObject
    0.041931, // vagueText
    0.223911, // promise
    -0.152798, // letMe
    0.14592, // question
    -0.332863, // request
    -0.228343, // conditional
    -0.088705, // hedge
    -0.088119, // obligation
    0.564183, // quoteWords
    -0.001727, // position
    0.260211, // mentionedElsewhere
    0.106928, // mentionedLate
    -0.712001, // callItems
    0.489799, // itemsPerTenTurns
    -0.130652, // sameHead
    -0.362023, // maxSimilarity
    0.014039, // sharedEvidence
    0.107785, // namedInText
    0.193954, // acknowledged
    -0.043465, // verb ask
    0.007673, // verb book
    -0.14441, // verb call
    -0.053299, // verb check
    0.015512, // verb close
    0.088587, // verb confirm
    0.139801, // verb deactivate
    -0.172452, // verb delete
    0.145138, // verb email
    0.126959, // verb extend
    0.490972, // verb fill
    -0.034218, // verb find
    0.254276, // verb forward
    -0.043542, // verb get
    -0.087849, // verb give
    0.20644, // verb have
    0.129307, // verb hold
    0.025567, // verb pass
    -0.040647, // verb put
    0.099187, // verb run
    -0.011146, // verb schedule
    0.423532, // verb send
    0.161913, // verb set
    0.301763, // verb share
    -0.041454, // verb ship
    0.038747, // verb sign
    -0.135434, // verb take
    -0.186599, // verb talk
    -0.052634, // verb write
  ],
  bias: 2.088644,
  threshold: 0.33,
  trainedOn: "502 English dev calls, 2467 tasks; held out in 5 folds: AUC 0.849, at the threshold 1896 of 1939 real tasks kept and 360 of 528 others",
};
