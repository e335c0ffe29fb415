// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612401, // ownerRep
    0.387599, // ownerCustomer
    0.772215, // hasDueDate
    1.789788, // evidenceCount
    6.77122, // textWords
    3.536472, // objectWords
    0.101459, // pronounObject
    0.026857, // vagueText
    0.785809, // promise
    0.023873, // letMe
    0.14821, // question
    0.074934, // request
    0.083554, // conditional
    0.016578, // hedge
    0.026857, // obligation
    20.989721, // quoteWords
    0.504963, // position
    0.708649, // mentionedElsewhere
    0.411099, // mentionedLate
    5.29443, // callItems
    1.078469, // itemsPerTenTurns
    0.229443, // sameHead
    0.087454, // maxSimilarity
    0.126326, // sharedEvidence
    0.41313, // namedInText
    0.467507, // acknowledged
    0.00431, // verb add
    0.030836, // verb ask
    0.0063, // verb book
    0.027851, // verb call
    0.004642, // verb cancel
    0.035477, // verb check
    0.005305, // verb close
    0.007958, // verb confirm
    0.005305, // verb deactivate
    0.00431, // verb delete
    0.02122, // verb email
    0.005637, // verb extend
    0.008289, // verb fill
    0.004642, // verb find
    0.017573, // verb forward
    0.031499, // verb get
    0.00431, // verb give
    0.163793, // verb have
    0.050066, // verb hold
    0.006631, // verb pass
    0.015252, // verb put
    0.005968, // verb run
    0.004973, // verb schedule
    0.368369, // verb send
    0.018568, // verb set
    0.004973, // verb share
    0.005637, // verb ship
    0.02122, // verb sign
    0.009947, // verb take
    0.010279, // verb talk
    0.005968, // verb write
  ],
  scale: [
    0.487202, // ownerRep
    0.487202, // ownerCustomer
    0.419403, // hasDueDate
    0.711949, // evidenceCount
    3.004205, // textWords
    1.923089, // objectWords
    0.301935, // pronounObject
    0.161665, // vagueText
    0.41026, // promise
    0.152652, // letMe
    0.355308, // question
    0.263284, // request
    0.276718, // conditional
    0.127685, // hedge
    0.161665, // obligation
    10.374849, // quoteWords
    0.20188, // position
    0.316147, // mentionedElsewhere
    0.377458, // mentionedLate
    1.497627, // callItems
    0.412113, // itemsPerTenTurns
    0.478734, // sameHead
    0.107469, // maxSimilarity
    0.351611, // sharedEvidence
    0.492396, // namedInText
    0.498943, // acknowledged
    0.065512, // verb add
    0.172872, // verb ask
    0.07912, // verb book
    0.164547, // verb call
    0.067973, // verb cancel
    0.184983, // verb check
    0.072642, // verb close
    0.08885, // verb confirm
    0.072642, // verb deactivate
    0.065512, // verb delete
    0.144118, // verb email
    0.074865, // verb extend
    0.090667, // verb fill
    0.067973, // verb find
    0.131393, // verb forward
    0.174661, // verb get
    0.065512, // verb give
    0.370088, // verb have
    0.218082, // verb hold
    0.081162, // verb pass
    0.122554, // verb put
    0.077023, // verb run
    0.070347, // verb schedule
    0.482362, // verb send
    0.134992, // verb set
    0.070347, // verb share
    0.074865, // verb ship
    0.144118, // verb sign
    0.099237, // verb take
    0.100861, // verb talk
    0.077023, // verb write
  ],
  weights: [
    -0.098449, // ownerRep
    0.098449, // ownerCustomer
    0.296125, // hasDueDate
    0.259975, // evidenceCount
    0.239645, // textWords
    0.913911, // objectWords
    -0.308847, // pronounObject
    0.075032, // vagueText
    0.229369, // promise
    -0.161095, // letMe
    0.025168, // question
    -0.245242, // request
    -0.191579, // conditional
    -0.075583, // hedge
    -0.077616, // obligation
    0.517412, // quoteWords
    -0.012346, // position
    0.211302, // mentionedElsewhere
    0.110972, // mentionedLate
    -0.595459, // callItems
    0.38452, // itemsPerTenTurns
    -0.12193, // sameHead
    -0.402484, // maxSimilarity
    -0.025566, // sharedEvidence
    0.075442, // namedInText
    0.198879, // acknowledged
    -0.091175, // verb add
    -0.054094, // verb ask
    0.029642, // verb book
    -0.116901, // verb call
    0.073951, // verb cancel
    -0.05617, // verb check
    0.019596, // verb close
    0.071737, // verb confirm
    0.145583, // verb deactivate
    -0.137014, // verb delete
    0.151607, // verb email
    0.073527, // verb extend
    0.253787, // verb fill
    -0.011992, // verb find
    0.20788, // verb forward
    -0.100677, // verb get
    -0.082819, // verb give
    0.220238, // verb have
    0.191507, // verb hold
    -0.003726, // verb pass
    -0.050032, // verb put
    0.109155, // verb run
    0.003246, // verb schedule
    0.385733, // verb send
    0.1099, // verb set
    0.314917, // verb share
    -0.011798, // verb ship
    0.034702, // verb sign
    -0.112409, // verb take
    -0.201688, // verb talk
    -0.077839, // verb write
  ],
  bias: 2.090936,
  threshold: 0.37,
  trainedOn: "622 English dev calls, 3016 tasks; held out in 5 folds: AUC 0.848, at the threshold 2325 of 2390 real tasks kept and 406 of 626 others",
};
