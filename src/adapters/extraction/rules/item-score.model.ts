// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","confirm","deactivate","email","extend","fill","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","sign","talk"],
  mean: [
    0.612738, // ownerRep
    0.387262, // ownerCustomer
    0.76569, // hasDueDate
    1.779172, // evidenceCount
    6.610414, // textWords
    3.434217, // objectWords
    0.103673, // pronounObject
    0.030683, // vagueText
    0.782892, // promise
    0.024175, // letMe
    0.152952, // question
    0.076244, // request
    0.086471, // conditional
    0.015807, // hedge
    0.026964, // obligation
    20.571827, // quoteWords
    0.513426, // position
    0.70686, // mentionedElsewhere
    0.408428, // mentionedLate
    5.398884, // callItems
    1.122125, // itemsPerTenTurns
    0.225012, // sameHead
    0.085035, // maxSimilarity
    0.11762, // sharedEvidence
    0.407252, // namedInText
    0.470014, // acknowledged
    0.026034, // verb ask
    0.006974, // verb book
    0.025105, // verb call
    0.033473, // verb check
    0.006974, // verb confirm
    0.006044, // verb deactivate
    0.02464, // verb email
    0.007438, // verb extend
    0.007903, // verb fill
    0.018131, // verb forward
    0.034868, // verb get
    0.005579, // verb give
    0.160855, // verb have
    0.053464, // verb hold
    0.007438, // verb pass
    0.017666, // verb put
    0.006044, // verb run
    0.005579, // verb schedule
    0.364482, // verb send
    0.018596, // verb set
    0.006044, // verb share
    0.02185, // verb sign
    0.008368, // verb talk
  ],
  scale: [
    0.487124, // ownerRep
    0.487124, // ownerCustomer
    0.423567, // hasDueDate
    0.700703, // evidenceCount
    2.989485, // textWords
    1.912843, // objectWords
    0.304835, // pronounObject
    0.172458, // vagueText
    0.412277, // promise
    0.153592, // letMe
    0.359941, // question
    0.265387, // request
    0.281059, // conditional
    0.124727, // hedge
    0.161979, // obligation
    10.13192, // quoteWords
    0.200015, // position
    0.323292, // mentionedElsewhere
    0.383991, // mentionedLate
    1.573809, // callItems
    0.453266, // itemsPerTenTurns
    0.47391, // sameHead
    0.105169, // maxSimilarity
    0.344474, // sharedEvidence
    0.491323, // namedInText
    0.4991, // acknowledged
    0.159238, // verb ask
    0.083216, // verb book
    0.156443, // verb call
    0.179868, // verb check
    0.083216, // verb confirm
    0.077506, // verb deactivate
    0.155024, // verb email
    0.085925, // verb extend
    0.088549, // verb fill
    0.133426, // verb forward
    0.183444, // verb get
    0.074483, // verb give
    0.367398, // verb have
    0.224956, // verb hold
    0.085925, // verb pass
    0.131735, // verb put
    0.077506, // verb run
    0.074483, // verb schedule
    0.481285, // verb send
    0.135093, // verb set
    0.077506, // verb share
    0.146195, // verb sign
    0.091094, // verb talk
  ],
  weights: [
    -0.158075, // ownerRep
    0.158075, // ownerCustomer
    0.298121, // hasDueDate
    0.113789, // evidenceCount
    0.035619, // textWords
    1.059696, // objectWords
    -0.252771, // pronounObject
    0.024644, // vagueText
    0.262656, // promise
    -0.095626, // letMe
    0.183535, // question
    -0.363436, // request
    -0.206946, // conditional
    -0.061562, // hedge
    -0.099661, // obligation
    0.648456, // quoteWords
    0.004926, // position
    0.273542, // mentionedElsewhere
    0.070625, // mentionedLate
    -0.69775, // callItems
    0.482842, // itemsPerTenTurns
    -0.085729, // sameHead
    -0.438268, // maxSimilarity
    0.010852, // sharedEvidence
    0.099052, // namedInText
    0.223071, // acknowledged
    0.02013, // verb ask
    0.032655, // verb book
    -0.14953, // verb call
    0.017014, // verb check
    0.079987, // verb confirm
    0.1559, // verb deactivate
    0.140606, // verb email
    0.155975, // verb extend
    0.501152, // verb fill
    0.304854, // verb forward
    -0.004746, // verb get
    -0.073442, // verb give
    0.29801, // verb have
    0.229081, // verb hold
    0.044574, // verb pass
    -0.0101, // verb put
    0.110694, // verb run
    0.011434, // verb schedule
    0.523181, // verb send
    0.214659, // verb set
    0.310779, // verb share
    0.0856, // verb sign
    -0.119439, // verb talk
  ],
  bias: 2.147883,
  threshold: 0.31,
  trainedOn: "438 English dev calls, 2151 tasks; held out in 5 folds: AUC 0.850, at the threshold 1666 of 1701 real tasks kept and 319 of 450 others",
};
