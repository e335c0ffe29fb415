// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613276, // ownerRep
    0.386724, // ownerCustomer
    0.771797, // hasDueDate
    1.783355, // evidenceCount
    6.744716, // textWords
    3.519155, // objectWords
    0.100066, // pronounObject
    0.030383, // vagueText
    0.783686, // promise
    0.024108, // letMe
    0.146301, // question
    0.074306, // request
    0.083554, // conditional
    0.016513, // hedge
    0.027741, // obligation
    20.92041, // quoteWords
    0.506412, // position
    0.709339, // mentionedElsewhere
    0.410938, // mentionedLate
    5.313078, // callItems
    1.081396, // itemsPerTenTurns
    0.231506, // sameHead
    0.088306, // maxSimilarity
    0.127147, // sharedEvidence
    0.415786, // namedInText
    0.466314, // acknowledged
    0.004293, // verb add
    0.031044, // verb ask
    0.006275, // verb book
    0.027741, // verb call
    0.004624, // verb cancel
    0.035667, // verb check
    0.005284, // verb close
    0.007926, // verb confirm
    0.005284, // verb deactivate
    0.004293, // verb delete
    0.021136, // verb email
    0.005614, // verb extend
    0.008256, // verb fill
    0.004624, // verb find
    0.017503, // verb forward
    0.031374, // verb get
    0.004293, // verb give
    0.166777, // verb have
    0.05218, // verb hold
    0.006605, // verb pass
    0.015192, // verb put
    0.005945, // verb run
    0.004954, // verb schedule
    0.363937, // verb send
    0.018494, // verb set
    0.004954, // verb share
    0.005614, // verb ship
    0.020806, // verb sign
    0.009908, // verb take
    0.010238, // verb talk
    0.005945, // verb write
  ],
  scale: [
    0.487, // ownerRep
    0.487, // ownerCustomer
    0.419674, // hasDueDate
    0.710341, // evidenceCount
    3.011738, // textWords
    1.926137, // objectWords
    0.300088, // pronounObject
    0.171639, // vagueText
    0.411731, // promise
    0.153385, // letMe
    0.353408, // question
    0.262269, // request
    0.276717, // conditional
    0.127436, // hedge
    0.16423, // obligation
    10.343056, // quoteWords
    0.2023, // position
    0.316389, // mentionedElsewhere
    0.378618, // mentionedLate
    1.495392, // callItems
    0.410596, // itemsPerTenTurns
    0.481053, // sameHead
    0.107539, // maxSimilarity
    0.353342, // sharedEvidence
    0.492857, // namedInText
    0.498864, // acknowledged
    0.065382, // verb add
    0.173436, // verb ask
    0.078965, // verb book
    0.16423, // verb call
    0.067839, // verb cancel
    0.185459, // verb check
    0.072499, // verb close
    0.088675, // verb confirm
    0.072499, // verb deactivate
    0.065382, // verb delete
    0.143838, // verb email
    0.074718, // verb extend
    0.090488, // verb fill
    0.067839, // verb find
    0.131137, // verb forward
    0.174326, // verb get
    0.065382, // verb give
    0.372776, // verb have
    0.222389, // verb hold
    0.081002, // verb pass
    0.122314, // verb put
    0.076871, // verb run
    0.070208, // verb schedule
    0.481131, // verb send
    0.134729, // verb set
    0.070208, // verb share
    0.074718, // verb ship
    0.142734, // verb sign
    0.099042, // verb take
    0.100663, // verb talk
    0.076871, // verb write
  ],
  weights: [
    -0.096952, // ownerRep
    0.096952, // ownerCustomer
    0.295477, // hasDueDate
    0.263876, // evidenceCount
    0.181946, // textWords
    0.971361, // objectWords
    -0.289491, // pronounObject
    0.080421, // vagueText
    0.210817, // promise
    -0.164823, // letMe
    0.043077, // question
    -0.246987, // request
    -0.193025, // conditional
    -0.094729, // hedge
    -0.083891, // obligation
    0.524393, // quoteWords
    0.005134, // position
    0.212022, // mentionedElsewhere
    0.142586, // mentionedLate
    -0.590846, // callItems
    0.393114, // itemsPerTenTurns
    -0.133801, // sameHead
    -0.388097, // maxSimilarity
    -0.031373, // sharedEvidence
    0.078602, // namedInText
    0.181804, // acknowledged
    -0.089986, // verb add
    -0.054402, // verb ask
    0.031847, // verb book
    -0.141976, // verb call
    0.081628, // verb cancel
    -0.054136, // verb check
    0.021909, // verb close
    0.074191, // verb confirm
    0.146857, // verb deactivate
    -0.133997, // verb delete
    0.157309, // verb email
    0.078, // verb extend
    0.253208, // verb fill
    -0.010268, // verb find
    0.211174, // verb forward
    -0.095836, // verb get
    -0.08138, // verb give
    0.16556, // verb have
    0.160802, // verb hold
    0.000922, // verb pass
    -0.039569, // verb put
    0.10989, // verb run
    0.001716, // verb schedule
    0.416705, // verb send
    0.115462, // verb set
    0.31429, // verb share
    -0.010618, // verb ship
    0.048799, // verb sign
    -0.108599, // verb take
    -0.198266, // verb talk
    -0.075825, // verb write
  ],
  bias: 2.039766,
  threshold: 0.39,
  trainedOn: "622 English dev calls, 3028 tasks; held out in 5 folds: AUC 0.847, at the threshold 2308 of 2384 real tasks kept and 412 of 644 others",
};
