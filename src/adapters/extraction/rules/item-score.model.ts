// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610243, // ownerRep
    0.389757, // ownerCustomer
    0.787326, // hasDueDate
    1.841725, // evidenceCount
    6.810475, // textWords
    3.565394, // objectWords
    0.105613, // pronounObject
    0.025463, // vagueText
    0.788773, // promise
    0.025174, // letMe
    0.166088, // question
    0.076678, // request
    0.077546, // conditional
    0.020255, // hedge
    0.028646, // obligation
    21.28559, // quoteWords
    0.502009, // position
    0.70575, // mentionedElsewhere
    0.399599, // mentionedLate
    5.08941, // callItems
    1.025157, // itemsPerTenTurns
    0.210648, // sameHead
    0.08096, // maxSimilarity
    0.09838, // sharedEvidence
    0.41088, // namedInText
    0.456887, // acknowledged
    0.003762, // verb add
    0.031539, // verb ask
    0.007813, // verb book
    0.027488, // verb call
    0.005208, // verb cancel
    0.029514, // verb check
    0.004919, // verb close
    0.009549, // verb confirm
    0.004051, // verb countersign
    0.00463, // verb deactivate
    0.022569, // verb email
    0.005208, // verb extend
    0.008102, // verb fill
    0.004919, // verb find
    0.016493, // verb forward
    0.033275, // verb get
    0.172743, // verb have
    0.051794, // verb hold
    0.007234, // verb pass
    0.003762, // verb pull
    0.015914, // verb put
    0.005787, // verb run
    0.005498, // verb schedule
    0.372106, // verb send
    0.017072, // verb set
    0.00434, // verb share
    0.006076, // verb ship
    0.019387, // verb sign
    0.008681, // verb take
    0.007813, // verb talk
    0.004051, // verb update
    0.005498, // verb write
  ],
  scale: [
    0.487695, // ownerRep
    0.487695, // ownerCustomer
    0.409199, // hasDueDate
    0.725372, // evidenceCount
    2.982921, // textWords
    1.90434, // objectWords
    0.307342, // pronounObject
    0.157527, // vagueText
    0.408179, // promise
    0.156652, // letMe
    0.37216, // question
    0.26608, // request
    0.267456, // conditional
    0.14087, // hedge
    0.166809, // obligation
    10.48998, // quoteWords
    0.201599, // position
    0.319151, // mentionedElsewhere
    0.37553, // mentionedLate
    1.452904, // callItems
    0.398397, // itemsPerTenTurns
    0.456007, // sameHead
    0.103279, // maxSimilarity
    0.306446, // sharedEvidence
    0.491993, // namedInText
    0.498138, // acknowledged
    0.061216, // verb add
    0.17477, // verb ask
    0.088042, // verb book
    0.163502, // verb call
    0.071981, // verb cancel
    0.169242, // verb check
    0.069963, // verb close
    0.097249, // verb confirm
    0.063518, // verb countersign
    0.067884, // verb deactivate
    0.148526, // verb email
    0.071981, // verb extend
    0.089645, // verb fill
    0.069963, // verb find
    0.127362, // verb forward
    0.179355, // verb get
    0.378025, // verb have
    0.221611, // verb hold
    0.084744, // verb pass
    0.061216, // verb pull
    0.125144, // verb put
    0.075852, // verb run
    0.073942, // verb schedule
    0.483367, // verb send
    0.129539, // verb set
    0.065738, // verb share
    0.077714, // verb ship
    0.137879, // verb sign
    0.092764, // verb take
    0.088042, // verb talk
    0.063518, // verb update
    0.073942, // verb write
  ],
  weights: [
    -0.086218, // ownerRep
    0.086218, // ownerCustomer
    0.384247, // hasDueDate
    0.160848, // evidenceCount
    0.289456, // textWords
    0.808157, // objectWords
    -0.328062, // pronounObject
    0.001339, // vagueText
    0.173293, // promise
    -0.170878, // letMe
    0.02182, // question
    -0.205586, // request
    -0.178672, // conditional
    -0.072627, // hedge
    -0.042531, // obligation
    0.67366, // quoteWords
    -0.018647, // position
    0.178569, // mentionedElsewhere
    0.167353, // mentionedLate
    -0.641216, // callItems
    0.439481, // itemsPerTenTurns
    -0.149969, // sameHead
    -0.342571, // maxSimilarity
    0.003851, // sharedEvidence
    0.11563, // namedInText
    0.167877, // acknowledged
    -0.045609, // verb add
    -0.027809, // verb ask
    0.083214, // verb book
    -0.057978, // verb call
    0.048742, // verb cancel
    -0.015298, // verb check
    0.040779, // verb close
    0.100326, // verb confirm
    0.081791, // verb countersign
    0.095762, // verb deactivate
    0.165465, // verb email
    0.049212, // verb extend
    0.172622, // verb fill
    0.055875, // verb find
    0.235413, // verb forward
    -0.106496, // verb get
    0.25307, // verb have
    0.137328, // verb hold
    -0.001181, // verb pass
    -0.025952, // verb pull
    -0.055395, // verb put
    0.082201, // verb run
    -0.038661, // verb schedule
    0.353461, // verb send
    0.073853, // verb set
    0.284566, // verb share
    0.022824, // verb ship
    0.027833, // verb sign
    -0.145342, // verb take
    -0.151253, // verb talk
    0.00742, // verb update
    -0.09065, // verb write
  ],
  bias: 2.236217,
  threshold: 0.39,
  trainedOn: "742 English dev calls, 3456 tasks; held out in 5 folds: AUC 0.851, at the threshold 2713 of 2792 real tasks kept and 406 of 664 others",
};
