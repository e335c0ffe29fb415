// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609452, // ownerRep
    0.390548, // ownerCustomer
    0.786895, // hasDueDate
    1.843433, // evidenceCount
    6.816179, // textWords
    3.568571, // objectWords
    0.105828, // pronounObject
    0.025515, // vagueText
    0.790374, // promise
    0.025225, // letMe
    0.164395, // question
    0.076834, // request
    0.077704, // conditional
    0.020296, // hedge
    0.028704, // obligation
    21.316614, // quoteWords
    0.502045, // position
    0.706602, // mentionedElsewhere
    0.40012, // mentionedLate
    5.079733, // callItems
    1.023268, // itemsPerTenTurns
    0.210786, // sameHead
    0.081011, // maxSimilarity
    0.098579, // sharedEvidence
    0.411714, // namedInText
    0.457814, // acknowledged
    0.003769, // verb add
    0.031603, // verb ask
    0.007828, // verb book
    0.027544, // verb call
    0.005219, // verb cancel
    0.029574, // verb check
    0.004929, // verb close
    0.009568, // verb confirm
    0.004059, // verb countersign
    0.004639, // verb deactivate
    0.022615, // verb email
    0.005219, // verb extend
    0.008118, // verb fill
    0.004929, // verb find
    0.016527, // verb forward
    0.033343, // verb get
    0.173094, // verb have
    0.051899, // verb hold
    0.007248, // verb pass
    0.003769, // verb pull
    0.015947, // verb put
    0.005799, // verb run
    0.003479, // verb schedule
    0.372862, // verb send
    0.017106, // verb set
    0.004349, // verb share
    0.006089, // verb ship
    0.019426, // verb sign
    0.008698, // verb take
    0.007828, // verb talk
    0.004059, // verb update
    0.005509, // verb write
  ],
  scale: [
    0.487873, // ownerRep
    0.487873, // ownerCustomer
    0.409501, // hasDueDate
    0.725115, // evidenceCount
    2.983256, // textWords
    1.904964, // objectWords
    0.307617, // pronounObject
    0.157682, // vagueText
    0.407042, // promise
    0.156807, // letMe
    0.370634, // question
    0.266328, // request
    0.267705, // conditional
    0.14101, // hedge
    0.166973, // obligation
    10.477859, // quoteWords
    0.201679, // position
    0.318718, // mentionedElsewhere
    0.375595, // mentionedLate
    1.452353, // callItems
    0.398764, // itemsPerTenTurns
    0.456187, // sameHead
    0.103345, // maxSimilarity
    0.306725, // sharedEvidence
    0.492144, // namedInText
    0.498217, // acknowledged
    0.061278, // verb add
    0.174942, // verb ask
    0.088131, // verb book
    0.163663, // verb call
    0.072053, // verb cancel
    0.169408, // verb check
    0.070033, // verb close
    0.097347, // verb confirm
    0.063582, // verb countersign
    0.067952, // verb deactivate
    0.148673, // verb email
    0.072053, // verb extend
    0.089735, // verb fill
    0.070033, // verb find
    0.127489, // verb forward
    0.179531, // verb get
    0.378328, // verb have
    0.221823, // verb hold
    0.084829, // verb pass
    0.061278, // verb pull
    0.125269, // verb put
    0.075929, // verb run
    0.058883, // verb schedule
    0.483566, // verb send
    0.129668, // verb set
    0.065804, // verb share
    0.077792, // verb ship
    0.138016, // verb sign
    0.092857, // verb take
    0.088131, // verb talk
    0.063582, // verb update
    0.074017, // verb write
  ],
  weights: [
    -0.086087, // ownerRep
    0.086087, // ownerCustomer
    0.385674, // hasDueDate
    0.162277, // evidenceCount
    0.28574, // textWords
    0.814134, // objectWords
    -0.32833, // pronounObject
    -0.000663, // vagueText
    0.170864, // promise
    -0.171193, // letMe
    0.028649, // question
    -0.208866, // request
    -0.177771, // conditional
    -0.072671, // hedge
    -0.045052, // obligation
    0.663125, // quoteWords
    -0.022684, // position
    0.174085, // mentionedElsewhere
    0.16679, // mentionedLate
    -0.634592, // callItems
    0.433021, // itemsPerTenTurns
    -0.152098, // sameHead
    -0.342831, // maxSimilarity
    -0.001481, // sharedEvidence
    0.115014, // namedInText
    0.166318, // acknowledged
    -0.045221, // verb add
    -0.027845, // verb ask
    0.083336, // verb book
    -0.056537, // verb call
    0.048961, // verb cancel
    -0.016368, // verb check
    0.041428, // verb close
    0.100064, // verb confirm
    0.081113, // verb countersign
    0.096367, // verb deactivate
    0.165202, // verb email
    0.049409, // verb extend
    0.173363, // verb fill
    0.055419, // verb find
    0.236095, // verb forward
    -0.106584, // verb get
    0.250914, // verb have
    0.135505, // verb hold
    -0.000645, // verb pass
    -0.026461, // verb pull
    -0.05541, // verb put
    0.082368, // verb run
    0.012028, // verb schedule
    0.351241, // verb send
    0.073526, // verb set
    0.28525, // verb share
    0.021814, // verb ship
    0.027899, // verb sign
    -0.145382, // verb take
    -0.151421, // verb talk
    0.007764, // verb update
    -0.090708, // verb write
  ],
  bias: 2.244095,
  threshold: 0.39,
  trainedOn: "742 English dev calls, 3449 tasks; held out in 5 folds: AUC 0.850, at the threshold 2715 of 2792 real tasks kept and 410 of 657 others",
};
