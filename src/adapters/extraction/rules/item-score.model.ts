// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609169, // ownerRep
    0.390831, // ownerCustomer
    0.79255, // hasDueDate
    1.859312, // evidenceCount
    6.824355, // textWords
    3.57851, // objectWords
    0.105444, // pronounObject
    0.023496, // vagueText
    0.788825, // promise
    0.023496, // letMe
    0.167335, // question
    0.07937, // request
    0.07937, // conditional
    0.021203, // hedge
    0.028367, // obligation
    21.697708, // quoteWords
    0.501582, // position
    0.699747, // mentionedElsewhere
    0.39749, // mentionedLate
    5.029799, // callItems
    1.014493, // itemsPerTenTurns
    0.204585, // sameHead
    0.079124, // maxSimilarity
    0.108309, // sharedEvidence
    0.413754, // namedInText
    0.456447, // acknowledged
    0.003725, // verb add
    0.031805, // verb ask
    0.007736, // verb book
    0.027221, // verb call
    0.005158, // verb cancel
    0.028653, // verb check
    0.004871, // verb close
    0.009456, // verb confirm
    0.004298, // verb countersign
    0.004585, // verb deactivate
    0.02235, // verb email
    0.005444, // verb extend
    0.008309, // verb fill
    0.005158, // verb find
    0.016332, // verb forward
    0.032092, // verb get
    0.176504, // verb have
    0.053295, // verb hold
    0.007163, // verb pass
    0.003725, // verb pull
    0.012321, // verb put
    0.006304, // verb run
    0.003438, // verb schedule
    0.376504, // verb send
    0.016905, // verb set
    0.004298, // verb share
    0.006017, // verb ship
    0.019484, // verb sign
    0.008596, // verb take
    0.00745, // verb talk
    0.005444, // verb write
  ],
  scale: [
    0.487937, // ownerRep
    0.487937, // ownerCustomer
    0.40548, // hasDueDate
    0.728841, // evidenceCount
    2.976957, // textWords
    1.901363, // objectWords
    0.307125, // pronounObject
    0.151472, // vagueText
    0.408142, // promise
    0.151472, // letMe
    0.373275, // question
    0.270315, // request
    0.270315, // conditional
    0.144062, // hedge
    0.166018, // obligation
    10.7849, // quoteWords
    0.201361, // position
    0.321371, // mentionedElsewhere
    0.375738, // mentionedLate
    1.442985, // callItems
    0.397228, // itemsPerTenTurns
    0.44783, // sameHead
    0.102306, // maxSimilarity
    0.318961, // sharedEvidence
    0.492505, // namedInText
    0.4981, // acknowledged
    0.060918, // verb add
    0.175481, // verb ask
    0.087616, // verb book
    0.162726, // verb call
    0.071631, // verb cancel
    0.16683, // verb check
    0.069623, // verb close
    0.096779, // verb confirm
    0.065418, // verb countersign
    0.067554, // verb deactivate
    0.147818, // verb email
    0.073583, // verb extend
    0.090777, // verb fill
    0.071631, // verb find
    0.12675, // verb forward
    0.176244, // verb get
    0.381249, // verb have
    0.224621, // verb hold
    0.084333, // verb pass
    0.060918, // verb pull
    0.110314, // verb put
    0.079145, // verb run
    0.058537, // verb schedule
    0.484509, // verb send
    0.128917, // verb set
    0.065418, // verb share
    0.077337, // verb ship
    0.138219, // verb sign
    0.092315, // verb take
    0.08599, // verb talk
    0.073583, // verb write
  ],
  weights: [
    -0.087954, // ownerRep
    0.087954, // ownerCustomer
    0.373603, // hasDueDate
    0.161213, // evidenceCount
    0.331048, // textWords
    0.831721, // objectWords
    -0.345888, // pronounObject
    0.016607, // vagueText
    0.15672, // promise
    -0.173712, // letMe
    0.031772, // question
    -0.232564, // request
    -0.189149, // conditional
    -0.068733, // hedge
    -0.030019, // obligation
    0.693959, // quoteWords
    -0.020855, // position
    0.195415, // mentionedElsewhere
    0.177348, // mentionedLate
    -0.647547, // callItems
    0.442907, // itemsPerTenTurns
    -0.125167, // sameHead
    -0.368661, // maxSimilarity
    0.005097, // sharedEvidence
    0.069345, // namedInText
    0.169412, // acknowledged
    -0.048846, // verb add
    -0.034593, // verb ask
    0.079246, // verb book
    -0.080024, // verb call
    0.045337, // verb cancel
    -0.012672, // verb check
    0.03756, // verb close
    0.096984, // verb confirm
    0.0811, // verb countersign
    0.092595, // verb deactivate
    0.157532, // verb email
    0.045681, // verb extend
    0.165744, // verb fill
    0.043183, // verb find
    0.232167, // verb forward
    -0.099623, // verb get
    0.232963, // verb have
    0.112096, // verb hold
    -0.000951, // verb pass
    -0.030482, // verb pull
    0.043573, // verb put
    0.084202, // verb run
    -0.001205, // verb schedule
    0.320825, // verb send
    0.064254, // verb set
    0.280882, // verb share
    0.016646, // verb ship
    0.01426, // verb sign
    -0.15843, // verb take
    -0.153189, // verb talk
    -0.061462, // verb write
  ],
  bias: 2.324706,
  threshold: 0.36,
  trainedOn: "758 English dev calls, 3490 tasks; held out in 5 folds: AUC 0.849, at the threshold 2792 of 2850 real tasks kept and 431 of 640 others",
};
