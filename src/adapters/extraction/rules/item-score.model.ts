// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613296, // ownerRep
    0.386704, // ownerCustomer
    0.766113, // hasDueDate
    1.768545, // evidenceCount
    6.607215, // textWords
    3.438184, // objectWords
    0.100122, // pronounObject
    0.034455, // vagueText
    0.78638, // promise
    0.025537, // letMe
    0.146737, // question
    0.073774, // request
    0.085124, // conditional
    0.016619, // hedge
    0.025132, // obligation
    20.550872, // quoteWords
    0.509843, // position
    0.70939, // mentionedElsewhere
    0.412979, // mentionedLate
    5.389947, // callItems
    1.105591, // itemsPerTenTurns
    0.219295, // sameHead
    0.084944, // maxSimilarity
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
    0.70462, // evidenceCount
    2.991163, // textWords
    1.913971, // objectWords
    0.300162, // pronounObject
    0.182394, // vagueText
    0.409861, // promise
    0.15775, // letMe
    0.353843, // question
    0.261402, // request
    0.279066, // conditional
    0.12784, // hedge
    0.156525, // obligation
    10.18313, // quoteWords
    0.200224, // position
    0.321452, // mentionedElsewhere
    0.383755, // mentionedLate
    1.545535, // callItems
    0.438367, // itemsPerTenTurns
    0.467146, // sameHead
    0.104851, // maxSimilarity
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
    -0.117098, // ownerRep
    0.117098, // ownerCustomer
    0.322784, // hasDueDate
    0.188797, // evidenceCount
    0.173426, // textWords
    0.977428, // objectWords
    -0.225534, // pronounObject
    0.052967, // vagueText
    0.225144, // promise
    -0.151478, // letMe
    0.142356, // question
    -0.326645, // request
    -0.220042, // conditional
    -0.069267, // hedge
    -0.087228, // obligation
    0.563223, // quoteWords
    -0.00259, // position
    0.257534, // mentionedElsewhere
    0.098812, // mentionedLate
    -0.710853, // callItems
    0.491212, // itemsPerTenTurns
    -0.115162, // sameHead
    -0.372761, // maxSimilarity
    0.013455, // sharedEvidence
    0.103421, // namedInText
    0.196705, // acknowledged
    -0.04642, // verb ask
    0.007427, // verb book
    -0.143105, // verb call
    -0.056817, // verb check
    0.01734, // verb close
    0.088992, // verb confirm
    0.140743, // verb deactivate
    -0.173175, // verb delete
    0.145554, // verb email
    0.129745, // verb extend
    0.490503, // verb fill
    -0.036028, // verb find
    0.254799, // verb forward
    -0.046525, // verb get
    -0.085825, // verb give
    0.202682, // verb have
    0.129047, // verb hold
    0.025325, // verb pass
    -0.043629, // verb put
    0.100795, // verb run
    -0.009397, // verb schedule
    0.422068, // verb send
    0.159858, // verb set
    0.301958, // verb share
    -0.041718, // verb ship
    0.040722, // verb sign
    -0.136472, // verb take
    -0.190922, // verb talk
    -0.052767, // verb write
  ],
  bias: 2.095967,
  threshold: 0.34,
  trainedOn: "502 English dev calls, 2467 tasks; held out in 5 folds: AUC 0.850, at the threshold 1893 of 1937 real tasks kept and 354 of 530 others",
};
