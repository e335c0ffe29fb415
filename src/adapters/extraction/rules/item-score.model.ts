// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.6, // ownerRep
    0.4, // ownerCustomer
    0.780508, // hasDueDate
    1.663559, // evidenceCount
    6.610169, // textWords
    3.432203, // objectWords
    0.100847, // pronounObject
    0.027119, // vagueText
    0.751695, // promise
    0.019492, // letMe
    0.151695, // question
    0.085593, // request
    0.068644, // conditional
    0.016949, // hedge
    0.022881, // obligation
    18.955932, // quoteWords
    0.522115, // position
    0.69236, // mentionedElsewhere
    0.353109, // mentionedLate
    5.230508, // callItems
    1.201386, // itemsPerTenTurns
    0.199153, // sameHead
    0.080197, // maxSimilarity
    0.047458, // sharedEvidence
    0.380508, // namedInText
    0.509322, // acknowledged
    0.025424, // verb ask
    0.019492, // verb call
    0.035593, // verb check
    0.022881, // verb email
    0.010169, // verb extend
    0.019492, // verb forward
    0.035593, // verb get
    0.158475, // verb have
    0.055085, // verb hold
    0.010169, // verb put
    0.380508, // verb send
    0.016949, // verb set
    0.021186, // verb sign
  ],
  scale: [
    0.489898, // ownerRep
    0.489898, // ownerCustomer
    0.413902, // hasDueDate
    0.666024, // evidenceCount
    3.028212, // textWords
    1.935742, // objectWords
    0.301127, // pronounObject
    0.162429, // vagueText
    0.43203, // promise
    0.138245, // letMe
    0.358725, // question
    0.279762, // request
    0.252848, // conditional
    0.129081, // hedge
    0.149525, // obligation
    9.952757, // quoteWords
    0.196427, // position
    0.33003, // mentionedElsewhere
    0.37501, // mentionedLate
    1.898997, // callItems
    0.628899, // itemsPerTenTurns
    0.43976, // sameHead
    0.105371, // maxSimilarity
    0.235319, // sharedEvidence
    0.485512, // namedInText
    0.499913, // acknowledged
    0.157408, // verb ask
    0.138245, // verb call
    0.185274, // verb check
    0.149525, // verb email
    0.10033, // verb extend
    0.138245, // verb forward
    0.185274, // verb get
    0.365185, // verb have
    0.228146, // verb hold
    0.10033, // verb put
    0.485512, // verb send
    0.129081, // verb set
    0.144005, // verb sign
  ],
  weights: [
    -0.036626, // ownerRep
    0.036626, // ownerCustomer
    0.26025, // hasDueDate
    0.392518, // evidenceCount
    -0.196323, // textWords
    1.195995, // objectWords
    -0.273154, // pronounObject
    -0.076721, // vagueText
    0.142891, // promise
    -0.207506, // letMe
    0.014983, // question
    -0.368384, // request
    -0.201727, // conditional
    -0.078034, // hedge
    -0.158599, // obligation
    0.718215, // quoteWords
    0.133204, // position
    0.16761, // mentionedElsewhere
    0.191846, // mentionedLate
    -0.648532, // callItems
    0.516388, // itemsPerTenTurns
    0.043098, // sameHead
    -0.302488, // maxSimilarity
    -0.200848, // sharedEvidence
    0.093192, // namedInText
    0.133724, // acknowledged
    0.019427, // verb ask
    -0.242478, // verb call
    0.052733, // verb check
    0.037139, // verb email
    0.093972, // verb extend
    0.657206, // verb forward
    -0.023362, // verb get
    0.244332, // verb have
    0.062755, // verb hold
    0.039389, // verb put
    0.432361, // verb send
    0.042163, // verb set
    0.128035, // verb sign
  ],
  bias: 2.729104,
  threshold: 0.35,
  trainedOn: "255 English dev calls, 1180 tasks; held out in 5 folds: AUC 0.825, at the threshold 983 of 1003 real tasks kept and 137 of 177 others",
};
