// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608806, // ownerRep
    0.391194, // ownerCustomer
    0.77732, // hasDueDate
    1.8223, // evidenceCount
    6.780488, // textWords
    3.540703, // objectWords
    0.106113, // pronounObject
    0.026924, // vagueText
    0.78714, // promise
    0.02439, // letMe
    0.163446, // question
    0.076338, // request
    0.082357, // conditional
    0.019956, // hedge
    0.027241, // obligation
    21.237251, // quoteWords
    0.502269, // position
    0.706238, // mentionedElsewhere
    0.405073, // mentionedLate
    5.162813, // callItems
    1.049191, // itemsPerTenTurns
    0.220462, // sameHead
    0.081845, // maxSimilarity
    0.101362, // sharedEvidence
    0.408616, // namedInText
    0.464048, // acknowledged
    0.004118, // verb add
    0.031042, // verb ask
    0.006969, // verb book
    0.027241, // verb call
    0.004435, // verb cancel
    0.032943, // verb check
    0.005385, // verb close
    0.007919, // verb confirm
    0.004118, // verb countersign
    0.005068, // verb deactivate
    0.021856, // verb email
    0.005702, // verb extend
    0.008236, // verb fill
    0.004118, // verb find
    0.017105, // verb forward
    0.032309, // verb get
    0.004118, // verb give
    0.167247, // verb have
    0.051315, // verb hold
    0.007602, // verb pass
    0.014571, // verb put
    0.005702, // verb run
    0.006018, // verb schedule
    0.370922, // verb send
    0.017738, // verb set
    0.004751, // verb share
    0.005385, // verb ship
    0.020589, // verb sign
    0.009186, // verb take
    0.008236, // verb talk
    0.003801, // verb update
    0.006018, // verb write
  ],
  scale: [
    0.488018, // ownerRep
    0.488018, // ownerCustomer
    0.416045, // hasDueDate
    0.720159, // evidenceCount
    3.003581, // textWords
    1.919345, // objectWords
    0.307983, // pronounObject
    0.161862, // vagueText
    0.40933, // promise
    0.154257, // letMe
    0.369772, // question
    0.265539, // request
    0.274907, // conditional
    0.139848, // hedge
    0.162785, // obligation
    10.565891, // quoteWords
    0.201214, // position
    0.320349, // mentionedElsewhere
    0.37815, // mentionedLate
    1.488879, // callItems
    0.408395, // itemsPerTenTurns
    0.467695, // sameHead
    0.104001, // maxSimilarity
    0.31111, // sharedEvidence
    0.491578, // namedInText
    0.498706, // acknowledged
    0.064038, // verb add
    0.173432, // verb ask
    0.083187, // verb book
    0.162785, // verb call
    0.066445, // verb cancel
    0.178487, // verb check
    0.073184, // verb close
    0.088635, // verb confirm
    0.064038, // verb countersign
    0.07101, // verb deactivate
    0.146214, // verb email
    0.075293, // verb extend
    0.090376, // verb fill
    0.064038, // verb find
    0.129662, // verb forward
    0.17682, // verb get
    0.064038, // verb give
    0.373197, // verb have
    0.220639, // verb hold
    0.086858, // verb pass
    0.119827, // verb put
    0.075293, // verb run
    0.077344, // verb schedule
    0.483052, // verb send
    0.131999, // verb set
    0.068766, // verb share
    0.073184, // verb ship
    0.142004, // verb sign
    0.095402, // verb take
    0.090376, // verb talk
    0.061536, // verb update
    0.077344, // verb write
  ],
  weights: [
    -0.095236, // ownerRep
    0.095236, // ownerCustomer
    0.349851, // hasDueDate
    0.145949, // evidenceCount
    0.238575, // textWords
    0.816897, // objectWords
    -0.307731, // pronounObject
    -0.010826, // vagueText
    0.207414, // promise
    -0.182268, // letMe
    0.019105, // question
    -0.197853, // request
    -0.216474, // conditional
    -0.09153, // hedge
    -0.058394, // obligation
    0.700933, // quoteWords
    -0.013218, // position
    0.180029, // mentionedElsewhere
    0.125514, // mentionedLate
    -0.605028, // callItems
    0.414955, // itemsPerTenTurns
    -0.159042, // sameHead
    -0.314463, // maxSimilarity
    -0.011756, // sharedEvidence
    0.096138, // namedInText
    0.181425, // acknowledged
    -0.045065, // verb add
    -0.012903, // verb ask
    0.057386, // verb book
    -0.041569, // verb call
    0.113123, // verb cancel
    -0.007748, // verb check
    0.044408, // verb close
    0.13918, // verb confirm
    0.07513, // verb countersign
    0.107401, // verb deactivate
    0.17094, // verb email
    0.055121, // verb extend
    0.171877, // verb fill
    0.053791, // verb find
    0.240801, // verb forward
    -0.080589, // verb get
    -0.095913, // verb give
    0.269363, // verb have
    0.172294, // verb hold
    -0.003029, // verb pass
    -0.027898, // verb put
    0.116525, // verb run
    -0.026193, // verb schedule
    0.376528, // verb send
    0.084702, // verb set
    0.298112, // verb share
    0.062523, // verb ship
    0.035945, // verb sign
    -0.129205, // verb take
    -0.139716, // verb talk
    -0.00127, // verb update
    -0.086974, // verb write
  ],
  bias: 2.176188,
  threshold: 0.37,
  trainedOn: "670 English dev calls, 3157 tasks; held out in 5 folds: AUC 0.852, at the threshold 2464 of 2532 real tasks kept and 401 of 625 others",
};
