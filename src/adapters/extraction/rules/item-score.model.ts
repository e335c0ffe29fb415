// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.61571, // ownerRep
    0.38429, // ownerCustomer
    0.772103, // hasDueDate
    1.784783, // evidenceCount
    6.742163, // textWords
    3.520254, // objectWords
    0.10074, // pronounObject
    0.02994, // vagueText
    0.78584, // promise
    0.0236, // letMe
    0.144065, // question
    0.073617, // request
    0.081719, // conditional
    0.016203, // hedge
    0.027474, // obligation
    20.810144, // quoteWords
    0.506862, // position
    0.710614, // mentionedElsewhere
    0.410507, // mentionedLate
    5.256428, // callItems
    1.079943, // itemsPerTenTurns
    0.225784, // sameHead
    0.087007, // maxSimilarity
    0.125749, // sharedEvidence
    0.414935, // namedInText
    0.468827, // acknowledged
    0.004227, // verb add
    0.02994, // verb ask
    0.006692, // verb book
    0.027827, // verb call
    0.004227, // verb cancel
    0.034871, // verb check
    0.005636, // verb close
    0.008101, // verb confirm
    0.005636, // verb deactivate
    0.004579, // verb delete
    0.021839, // verb email
    0.005636, // verb extend
    0.007397, // verb fill
    0.004931, // verb find
    0.017964, // verb forward
    0.030645, // verb get
    0.004579, // verb give
    0.165551, // verb have
    0.052131, // verb hold
    0.006692, // verb pass
    0.015498, // verb put
    0.00634, // verb run
    0.004931, // verb schedule
    0.364213, // verb send
    0.019021, // verb set
    0.005284, // verb share
    0.005284, // verb ship
    0.02043, // verb sign
    0.010567, // verb take
    0.010215, // verb talk
    0.005636, // verb write
  ],
  scale: [
    0.486427, // ownerRep
    0.486427, // ownerCustomer
    0.419476, // hasDueDate
    0.708103, // evidenceCount
    3.019909, // textWords
    1.936886, // objectWords
    0.300984, // pronounObject
    0.170422, // vagueText
    0.410238, // promise
    0.151799, // letMe
    0.351155, // question
    0.261147, // request
    0.273936, // conditional
    0.126255, // hedge
    0.163461, // obligation
    10.238589, // quoteWords
    0.201911, // position
    0.316662, // mentionedElsewhere
    0.379866, // mentionedLate
    1.480806, // callItems
    0.417391, // itemsPerTenTurns
    0.471921, // sameHead
    0.106961, // maxSimilarity
    0.352172, // sharedEvidence
    0.492711, // namedInText
    0.499027, // acknowledged
    0.064877, // verb add
    0.170422, // verb ask
    0.081533, // verb book
    0.164476, // verb call
    0.064877, // verb cancel
    0.183454, // verb check
    0.07486, // verb close
    0.089643, // verb confirm
    0.07486, // verb deactivate
    0.067514, // verb delete
    0.146157, // verb email
    0.07486, // verb extend
    0.085687, // verb fill
    0.07005, // verb find
    0.132821, // verb forward
    0.172353, // verb get
    0.067514, // verb give
    0.371677, // verb have
    0.222291, // verb hold
    0.081533, // verb pass
    0.123524, // verb put
    0.079373, // verb run
    0.07005, // verb schedule
    0.481209, // verb send
    0.136598, // verb set
    0.072496, // verb share
    0.072496, // verb ship
    0.141465, // verb sign
    0.102252, // verb take
    0.100551, // verb talk
    0.07486, // verb write
  ],
  weights: [
    -0.106229, // ownerRep
    0.106229, // ownerCustomer
    0.295435, // hasDueDate
    0.176714, // evidenceCount
    0.129699, // textWords
    1.001929, // objectWords
    -0.26077, // pronounObject
    0.046959, // vagueText
    0.227145, // promise
    -0.135277, // letMe
    0.147107, // question
    -0.312081, // request
    -0.19908, // conditional
    -0.103345, // hedge
    -0.086907, // obligation
    0.586085, // quoteWords
    -0.025749, // position
    0.237886, // mentionedElsewhere
    0.120472, // mentionedLate
    -0.613627, // callItems
    0.420045, // itemsPerTenTurns
    -0.194305, // sameHead
    -0.35178, // maxSimilarity
    -0.044962, // sharedEvidence
    0.084671, // namedInText
    0.163967, // acknowledged
    -0.059066, // verb add
    -0.069658, // verb ask
    0.033069, // verb book
    -0.135316, // verb call
    0.041218, // verb cancel
    -0.06241, // verb check
    0.015556, // verb close
    0.073447, // verb confirm
    0.148111, // verb deactivate
    -0.139468, // verb delete
    0.148635, // verb email
    0.115044, // verb extend
    0.482713, // verb fill
    -0.013617, // verb find
    0.209721, // verb forward
    -0.099928, // verb get
    -0.090443, // verb give
    0.162495, // verb have
    0.164212, // verb hold
    -0.007553, // verb pass
    -0.048582, // verb put
    0.115178, // verb run
    -0.007044, // verb schedule
    0.430786, // verb send
    0.114843, // verb set
    0.317055, // verb share
    -0.038352, // verb ship
    0.05715, // verb sign
    -0.115921, // verb take
    -0.208274, // verb talk
    -0.115118, // verb write
  ],
  bias: 2.119377,
  threshold: 0.34,
  trainedOn: "590 English dev calls, 2839 tasks; held out in 5 folds: AUC 0.849, at the threshold 2196 of 2248 real tasks kept and 395 of 591 others",
};
