// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609533, // ownerRep
    0.390467, // ownerCustomer
    0.777269, // hasDueDate
    1.820654, // evidenceCount
    6.793156, // textWords
    3.546288, // objectWords
    0.107547, // pronounObject
    0.027192, // vagueText
    0.786129, // promise
    0.024442, // letMe
    0.161625, // question
    0.075771, // request
    0.08066, // conditional
    0.020471, // hedge
    0.027803, // obligation
    21.17568, // quoteWords
    0.501337, // position
    0.704587, // mentionedElsewhere
    0.401541, // mentionedLate
    5.166514, // callItems
    1.045052, // itemsPerTenTurns
    0.21601, // sameHead
    0.080886, // maxSimilarity
    0.099603, // sharedEvidence
    0.406966, // namedInText
    0.46135, // acknowledged
    0.003972, // verb add
    0.03147, // verb ask
    0.007027, // verb book
    0.026276, // verb call
    0.004277, // verb cancel
    0.033303, // verb check
    0.005194, // verb close
    0.007638, // verb confirm
    0.004277, // verb countersign
    0.004888, // verb deactivate
    0.021387, // verb email
    0.0055, // verb extend
    0.007944, // verb fill
    0.004277, // verb find
    0.016804, // verb forward
    0.032081, // verb get
    0.004277, // verb give
    0.169569, // verb have
    0.051329, // verb hold
    0.007333, // verb pass
    0.015277, // verb put
    0.005805, // verb run
    0.005805, // verb schedule
    0.370608, // verb send
    0.018026, // verb set
    0.004583, // verb share
    0.0055, // verb ship
    0.020471, // verb sign
    0.00886, // verb take
    0.008249, // verb talk
    0.003972, // verb update
    0.005805, // verb write
  ],
  scale: [
    0.487855, // ownerRep
    0.487855, // ownerCustomer
    0.416079, // hasDueDate
    0.721907, // evidenceCount
    3.01331, // textWords
    1.924899, // objectWords
    0.309807, // pronounObject
    0.162643, // vagueText
    0.410037, // promise
    0.154418, // letMe
    0.368107, // question
    0.264632, // request
    0.272312, // conditional
    0.141603, // hedge
    0.164409, // obligation
    10.547001, // quoteWords
    0.200771, // position
    0.320442, // mentionedElsewhere
    0.377402, // mentionedLate
    1.490601, // callItems
    0.408255, // itemsPerTenTurns
    0.462555, // sameHead
    0.103314, // maxSimilarity
    0.308515, // sharedEvidence
    0.491268, // namedInText
    0.498504, // acknowledged
    0.062898, // verb add
    0.174583, // verb ask
    0.083533, // verb book
    0.159954, // verb call
    0.065262, // verb cancel
    0.179426, // verb check
    0.071882, // verb close
    0.087063, // verb confirm
    0.065262, // verb countersign
    0.069747, // verb deactivate
    0.144671, // verb email
    0.073955, // verb extend
    0.088773, // verb fill
    0.065262, // verb find
    0.128537, // verb forward
    0.176214, // verb get
    0.065262, // verb give
    0.375254, // verb have
    0.220668, // verb hold
    0.085317, // verb pass
    0.12265, // verb put
    0.07597, // verb run
    0.07597, // verb schedule
    0.482968, // verb send
    0.133046, // verb set
    0.067542, // verb share
    0.073955, // verb ship
    0.141603, // verb sign
    0.093712, // verb take
    0.09045, // verb talk
    0.062898, // verb update
    0.07597, // verb write
  ],
  weights: [
    -0.100218, // ownerRep
    0.100218, // ownerCustomer
    0.363656, // hasDueDate
    0.16247, // evidenceCount
    0.216307, // textWords
    0.83453, // objectWords
    -0.293671, // pronounObject
    -0.004863, // vagueText
    0.212927, // promise
    -0.173881, // letMe
    0.025854, // question
    -0.201315, // request
    -0.219339, // conditional
    -0.096527, // hedge
    -0.059217, // obligation
    0.702538, // quoteWords
    -0.011694, // position
    0.195439, // mentionedElsewhere
    0.111647, // mentionedLate
    -0.623874, // callItems
    0.412605, // itemsPerTenTurns
    -0.138837, // sameHead
    -0.308197, // maxSimilarity
    -0.027929, // sharedEvidence
    0.109861, // namedInText
    0.178822, // acknowledged
    -0.044586, // verb add
    -0.015522, // verb ask
    0.043455, // verb book
    -0.050925, // verb call
    0.111519, // verb cancel
    0.00255, // verb check
    0.042825, // verb close
    0.13727, // verb confirm
    0.09061, // verb countersign
    0.107582, // verb deactivate
    0.168621, // verb email
    0.053209, // verb extend
    0.165219, // verb fill
    0.046646, // verb find
    0.235853, // verb forward
    -0.089564, // verb get
    -0.098745, // verb give
    0.25951, // verb have
    0.190218, // verb hold
    -0.004721, // verb pass
    -0.029144, // verb put
    0.117305, // verb run
    -0.021474, // verb schedule
    0.362703, // verb send
    0.055762, // verb set
    0.293298, // verb share
    0.074031, // verb ship
    0.025688, // verb sign
    -0.128758, // verb take
    -0.146106, // verb talk
    0.011292, // verb update
    -0.087468, // verb write
  ],
  bias: 2.174475,
  threshold: 0.36,
  trainedOn: "694 English dev calls, 3273 tasks; held out in 5 folds: AUC 0.856, at the threshold 2556 of 2619 real tasks kept and 416 of 654 others",
};
