// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609053, // ownerRep
    0.390947, // ownerCustomer
    0.776828, // hasDueDate
    1.819563, // evidenceCount
    6.778727, // textWords
    3.539728, // objectWords
    0.106046, // pronounObject
    0.026907, // vagueText
    0.785375, // promise
    0.024375, // letMe
    0.151947, // question
    0.075657, // request
    0.081988, // conditional
    0.017727, // hedge
    0.026907, // obligation
    20.968028, // quoteWords
    0.502349, // position
    0.70595, // mentionedElsewhere
    0.404817, // mentionedLate
    5.166508, // callItems
    1.050081, // itemsPerTenTurns
    0.221273, // sameHead
    0.081958, // maxSimilarity
    0.107312, // sharedEvidence
    0.408674, // namedInText
    0.464071, // acknowledged
    0.004115, // verb add
    0.031022, // verb ask
    0.006964, // verb book
    0.027224, // verb call
    0.004432, // verb cancel
    0.032922, // verb check
    0.005381, // verb close
    0.007914, // verb confirm
    0.004115, // verb countersign
    0.005065, // verb deactivate
    0.021842, // verb email
    0.005698, // verb extend
    0.00823, // verb fill
    0.004115, // verb find
    0.017094, // verb forward
    0.032289, // verb get
    0.004115, // verb give
    0.167458, // verb have
    0.051282, // verb hold
    0.007597, // verb pass
    0.014562, // verb put
    0.005698, // verb run
    0.006015, // verb schedule
    0.37132, // verb send
    0.017727, // verb set
    0.004748, // verb share
    0.005381, // verb ship
    0.020576, // verb sign
    0.00918, // verb take
    0.00823, // verb talk
    0.003799, // verb update
    0.006015, // verb write
  ],
  scale: [
    0.487962, // ownerRep
    0.487962, // ownerCustomer
    0.416373, // hasDueDate
    0.719896, // evidenceCount
    3.004183, // textWords
    1.920282, // objectWords
    0.307897, // pronounObject
    0.161812, // vagueText
    0.410562, // promise
    0.15421, // letMe
    0.358969, // question
    0.264448, // request
    0.274346, // conditional
    0.131958, // hedge
    0.161812, // obligation
    10.441683, // quoteWords
    0.201307, // position
    0.320432, // mentionedElsewhere
    0.378168, // mentionedLate
    1.489907, // callItems
    0.408784, // itemsPerTenTurns
    0.468822, // sameHead
    0.103859, // maxSimilarity
    0.321549, // sharedEvidence
    0.491589, // namedInText
    0.498707, // acknowledged
    0.064018, // verb add
    0.173378, // verb ask
    0.083161, // verb book
    0.162735, // verb call
    0.066424, // verb cancel
    0.178432, // verb check
    0.073161, // verb close
    0.088607, // verb confirm
    0.064018, // verb countersign
    0.070988, // verb deactivate
    0.146169, // verb email
    0.07527, // verb extend
    0.090348, // verb fill
    0.064018, // verb find
    0.129622, // verb forward
    0.176766, // verb get
    0.064018, // verb give
    0.373384, // verb have
    0.220572, // verb hold
    0.086831, // verb pass
    0.11979, // verb put
    0.07527, // verb run
    0.07732, // verb schedule
    0.483158, // verb send
    0.131958, // verb set
    0.068744, // verb share
    0.073161, // verb ship
    0.14196, // verb sign
    0.095372, // verb take
    0.090348, // verb talk
    0.061516, // verb update
    0.07732, // verb write
  ],
  weights: [
    -0.091806, // ownerRep
    0.091806, // ownerCustomer
    0.343838, // hasDueDate
    0.214289, // evidenceCount
    0.269577, // textWords
    0.805639, // objectWords
    -0.301752, // pronounObject
    -0.008794, // vagueText
    0.208321, // promise
    -0.176401, // letMe
    -0.024842, // question
    -0.18719, // request
    -0.198786, // conditional
    -0.101999, // hedge
    -0.067576, // obligation
    0.580718, // quoteWords
    -0.018731, // position
    0.172251, // mentionedElsewhere
    0.11608, // mentionedLate
    -0.576965, // callItems
    0.398547, // itemsPerTenTurns
    -0.171055, // sameHead
    -0.30325, // maxSimilarity
    0.023784, // sharedEvidence
    0.090998, // namedInText
    0.172724, // acknowledged
    -0.077135, // verb add
    -0.020173, // verb ask
    0.055909, // verb book
    -0.03761, // verb call
    0.111871, // verb cancel
    -0.002639, // verb check
    0.044478, // verb close
    0.134902, // verb confirm
    0.07307, // verb countersign
    0.107682, // verb deactivate
    0.167122, // verb email
    0.054604, // verb extend
    0.16548, // verb fill
    0.054655, // verb find
    0.233644, // verb forward
    -0.073346, // verb get
    -0.094223, // verb give
    0.241663, // verb have
    0.199761, // verb hold
    -0.00456, // verb pass
    -0.032825, // verb put
    0.113059, // verb run
    -0.022342, // verb schedule
    0.369275, // verb send
    0.080547, // verb set
    0.298994, // verb share
    0.059522, // verb ship
    0.035158, // verb sign
    -0.128931, // verb take
    -0.142064, // verb talk
    -0.003853, // verb update
    -0.082809, // verb write
  ],
  bias: 2.125495,
  threshold: 0.36,
  trainedOn: "670 English dev calls, 3159 tasks; held out in 5 folds: AUC 0.849, at the threshold 2454 of 2524 real tasks kept and 418 of 635 others",
};
