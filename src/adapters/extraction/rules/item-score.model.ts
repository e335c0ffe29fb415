// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.598807, // ownerRep
    0.401193, // ownerCustomer
    0.776831, // hasDueDate
    1.659284, // evidenceCount
    6.597956, // textWords
    3.418228, // objectWords
    0.10477, // pronounObject
    0.026405, // vagueText
    0.749574, // promise
    0.020443, // letMe
    0.15247, // question
    0.085179, // request
    0.070698, // conditional
    0.017036, // hedge
    0.022998, // obligation
    18.922487, // quoteWords
    0.521957, // position
    0.692913, // mentionedElsewhere
    0.35433, // mentionedLate
    5.206133, // callItems
    1.197091, // itemsPerTenTurns
    0.19506, // sameHead
    0.078618, // maxSimilarity
    0.045997, // sharedEvidence
    0.381601, // namedInText
    0.507666, // acknowledged
    0.025554, // verb ask
    0.020443, // verb call
    0.035775, // verb check
    0.02385, // verb email
    0.010221, // verb extend
    0.019591, // verb forward
    0.035775, // verb get
    0.159284, // verb have
    0.055366, // verb hold
    0.010221, // verb put
    0.387564, // verb send
    0.016184, // verb set
    0.021295, // verb sign
  ],
  scale: [
    0.49014, // ownerRep
    0.49014, // ownerCustomer
    0.416371, // hasDueDate
    0.664065, // evidenceCount
    3.011935, // textWords
    1.92616, // objectWords
    0.306257, // pronounObject
    0.160338, // vagueText
    0.433258, // promise
    0.14151, // letMe
    0.359476, // question
    0.279148, // request
    0.25632, // conditional
    0.129405, // hedge
    0.149898, // obligation
    10.000849, // quoteWords
    0.196718, // position
    0.33096, // mentionedElsewhere
    0.377035, // mentionedLate
    1.887851, // callItems
    0.630891, // itemsPerTenTurns
    0.43713, // sameHead
    0.104915, // maxSimilarity
    0.232599, // sharedEvidence
    0.48578, // namedInText
    0.499941, // acknowledged
    0.157799, // verb ask
    0.14151, // verb call
    0.185729, // verb check
    0.152582, // verb email
    0.100583, // verb extend
    0.138591, // verb forward
    0.185729, // verb get
    0.365941, // verb have
    0.228694, // verb hold
    0.100583, // verb put
    0.487194, // verb send
    0.126183, // verb set
    0.144365, // verb sign
  ],
  weights: [
    -0.009271, // ownerRep
    0.009271, // ownerCustomer
    0.255025, // hasDueDate
    0.43298, // evidenceCount
    -0.186195, // textWords
    1.158834, // objectWords
    -0.35586, // pronounObject
    -0.100698, // vagueText
    0.068814, // promise
    -0.244091, // letMe
    -0.033971, // question
    -0.356377, // request
    -0.238504, // conditional
    -0.07374, // hedge
    -0.151542, // obligation
    0.764456, // quoteWords
    0.133108, // position
    0.130904, // mentionedElsewhere
    0.252892, // mentionedLate
    -0.627203, // callItems
    0.540589, // itemsPerTenTurns
    0.014801, // sameHead
    -0.269824, // maxSimilarity
    -0.182645, // sharedEvidence
    0.074723, // namedInText
    0.176581, // acknowledged
    0.043529, // verb ask
    -0.25065, // verb call
    -0.0298, // verb check
    0.043036, // verb email
    0.090715, // verb extend
    0.343624, // verb forward
    -0.014811, // verb get
    0.253425, // verb have
    0.014187, // verb hold
    0.046448, // verb put
    0.386271, // verb send
    0.033871, // verb set
    0.097584, // verb sign
  ],
  bias: 2.625021,
  threshold: 0.25,
  trainedOn: "255 English dev calls, 1174 tasks; held out in 5 folds: AUC 0.824, at the threshold 979 of 989 real tasks kept and 156 of 185 others",
};
