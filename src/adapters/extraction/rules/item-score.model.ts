// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.604421, // ownerRep
    0.395579, // ownerCustomer
    0.782012, // hasDueDate
    1.637957, // evidenceCount
    6.602896, // textWords
    3.44436, // objectWords
    0.10061, // pronounObject
    0.025915, // vagueText
    0.748476, // promise
    0.019055, // letMe
    0.147866, // question
    0.083079, // request
    0.06936, // conditional
    0.016006, // hedge
    0.021341, // obligation
    18.73247, // quoteWords
    0.521901, // position
    0.700146, // mentionedElsewhere
    0.363475, // mentionedLate
    5.292683, // callItems
    1.186303, // itemsPerTenTurns
    0.200457, // sameHead
    0.082822, // maxSimilarity
    0.045732, // sharedEvidence
    0.390244, // namedInText
    0.496951, // acknowledged
    0.023628, // verb ask
    0.019817, // verb call
    0.034299, // verb check
    0.023628, // verb email
    0.009146, // verb extend
    0.019817, // verb forward
    0.035823, // verb get
    0.161585, // verb have
    0.054116, // verb hold
    0.012195, // verb put
    0.378049, // verb send
    0.016006, // verb set
    0.023628, // verb sign
  ],
  scale: [
    0.488975, // ownerRep
    0.488975, // ownerCustomer
    0.412879, // hasDueDate
    0.662031, // evidenceCount
    3.011931, // textWords
    1.946295, // objectWords
    0.300811, // pronounObject
    0.158881, // vagueText
    0.433889, // promise
    0.136718, // letMe
    0.354967, // question
    0.276002, // request
    0.254065, // conditional
    0.125499, // hedge
    0.14452, // obligation
    9.861507, // quoteWords
    0.197081, // position
    0.32919, // mentionedElsewhere
    0.377527, // mentionedLate
    1.856024, // callItems
    0.604908, // itemsPerTenTurns
    0.440239, // sameHead
    0.107735, // maxSimilarity
    0.229753, // sharedEvidence
    0.487805, // namedInText
    0.499991, // acknowledged
    0.151887, // verb ask
    0.139371, // verb call
    0.181996, // verb check
    0.151887, // verb email
    0.095198, // verb extend
    0.139371, // verb forward
    0.185849, // verb get
    0.36807, // verb have
    0.226246, // verb hold
    0.109756, // verb put
    0.4849, // verb send
    0.125499, // verb set
    0.151887, // verb sign
  ],
  weights: [
    -0.04909, // ownerRep
    0.04909, // ownerCustomer
    0.276972, // hasDueDate
    0.464555, // evidenceCount
    0.111636, // textWords
    0.877549, // objectWords
    -0.297868, // pronounObject
    -0.081693, // vagueText
    0.17762, // promise
    -0.169034, // letMe
    -0.023469, // question
    -0.304918, // request
    -0.163961, // conditional
    -0.050177, // hedge
    -0.145742, // obligation
    0.593204, // quoteWords
    0.07461, // position
    0.196998, // mentionedElsewhere
    0.151236, // mentionedLate
    -0.663188, // callItems
    0.62934, // itemsPerTenTurns
    0.027338, // sameHead
    -0.374618, // maxSimilarity
    -0.176484, // sharedEvidence
    0.098996, // namedInText
    0.186794, // acknowledged
    -0.011666, // verb ask
    -0.245484, // verb call
    0.024662, // verb check
    0.073186, // verb email
    0.085935, // verb extend
    0.659074, // verb forward
    -0.039737, // verb get
    0.197743, // verb have
    0.06196, // verb hold
    -0.023662, // verb put
    0.338981, // verb send
    0.042794, // verb set
    0.046889, // verb sign
  ],
  bias: 2.499156,
  threshold: 0.4,
  trainedOn: "279 English dev calls, 1312 tasks; held out in 5 folds: AUC 0.834, at the threshold 1058 of 1089 real tasks kept and 163 of 223 others",
};
