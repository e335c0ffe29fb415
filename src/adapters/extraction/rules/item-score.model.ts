// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609329, // ownerRep
    0.390671, // ownerCustomer
    0.776158, // hasDueDate
    1.822481, // evidenceCount
    6.796242, // textWords
    3.549401, // objectWords
    0.104956, // pronounObject
    0.026563, // vagueText
    0.787496, // promise
    0.024619, // letMe
    0.151927, // question
    0.07645, // request
    0.081633, // conditional
    0.017493, // hedge
    0.027535, // obligation
    20.990606, // quoteWords
    0.501775, // position
    0.705702, // mentionedElsewhere
    0.405003, // mentionedLate
    5.174279, // callItems
    1.049708, // itemsPerTenTurns
    0.219307, // sameHead
    0.082318, // maxSimilarity
    0.107872, // sharedEvidence
    0.407191, // namedInText
    0.465177, // acknowledged
    0.004211, // verb add
    0.030774, // verb ask
    0.007127, // verb book
    0.026563, // verb call
    0.004535, // verb cancel
    0.03369, // verb check
    0.005183, // verb close
    0.007775, // verb confirm
    0.004211, // verb countersign
    0.005183, // verb deactivate
    0.022028, // verb email
    0.005831, // verb extend
    0.008422, // verb fill
    0.004211, // verb find
    0.017493, // verb forward
    0.031746, // verb get
    0.003887, // verb give
    0.165857, // verb have
    0.050534, // verb hold
    0.007451, // verb pass
    0.014577, // verb put
    0.005831, // verb run
    0.005507, // verb schedule
    0.372854, // verb send
    0.017817, // verb set
    0.004859, // verb share
    0.005507, // verb ship
    0.020732, // verb sign
    0.009394, // verb take
    0.008422, // verb talk
    0.005831, // verb write
  ],
  scale: [
    0.487901, // ownerRep
    0.487901, // ownerCustomer
    0.416817, // hasDueDate
    0.719194, // evidenceCount
    3.01915, // textWords
    1.927434, // objectWords
    0.306497, // pronounObject
    0.160802, // vagueText
    0.40908, // promise
    0.154962, // letMe
    0.358951, // question
    0.265716, // request
    0.273804, // conditional
    0.131098, // hedge
    0.163636, // obligation
    10.437789, // quoteWords
    0.200993, // position
    0.319566, // mentionedElsewhere
    0.37785, // mentionedLate
    1.494861, // callItems
    0.410045, // itemsPerTenTurns
    0.466059, // sameHead
    0.104637, // maxSimilarity
    0.322506, // sharedEvidence
    0.491311, // namedInText
    0.498786, // acknowledged
    0.064757, // verb add
    0.172705, // verb ask
    0.084118, // verb book
    0.160802, // verb call
    0.067191, // verb cancel
    0.180429, // verb check
    0.071806, // verb close
    0.08783, // verb confirm
    0.064757, // verb countersign
    0.071806, // verb deactivate
    0.146774, // verb email
    0.076137, // verb extend
    0.091386, // verb fill
    0.064757, // verb find
    0.131098, // verb forward
    0.175323, // verb get
    0.062227, // verb give
    0.371952, // verb have
    0.219045, // verb hold
    0.085995, // verb pass
    0.119853, // verb put
    0.076137, // verb run
    0.074004, // verb schedule
    0.483564, // verb send
    0.132285, // verb set
    0.069538, // verb share
    0.074004, // verb ship
    0.142486, // verb sign
    0.096468, // verb take
    0.091386, // verb talk
    0.076137, // verb write
  ],
  weights: [
    -0.095422, // ownerRep
    0.095422, // ownerCustomer
    0.34012, // hasDueDate
    0.205734, // evidenceCount
    0.240761, // textWords
    0.832464, // objectWords
    -0.30176, // pronounObject
    0.007557, // vagueText
    0.197777, // promise
    -0.190285, // letMe
    -0.028865, // question
    -0.192508, // request
    -0.196427, // conditional
    -0.104319, // hedge
    -0.09653, // obligation
    0.609987, // quoteWords
    -0.01206, // position
    0.195501, // mentionedElsewhere
    0.121184, // mentionedLate
    -0.604943, // callItems
    0.418963, // itemsPerTenTurns
    -0.153904, // sameHead
    -0.336758, // maxSimilarity
    0.022589, // sharedEvidence
    0.103404, // namedInText
    0.172312, // acknowledged
    -0.080903, // verb add
    -0.019625, // verb ask
    0.054652, // verb book
    -0.05199, // verb call
    0.113951, // verb cancel
    -0.002836, // verb check
    0.032383, // verb close
    0.133817, // verb confirm
    0.075962, // verb countersign
    0.107342, // verb deactivate
    0.166256, // verb email
    0.054413, // verb extend
    0.172131, // verb fill
    0.052661, // verb find
    0.233098, // verb forward
    -0.072818, // verb get
    -0.075609, // verb give
    0.240255, // verb have
    0.212117, // verb hold
    -0.003038, // verb pass
    -0.042615, // verb put
    0.115291, // verb run
    -0.008165, // verb schedule
    0.381779, // verb send
    0.096122, // verb set
    0.299836, // verb share
    0.059857, // verb ship
    0.029898, // verb sign
    -0.12238, // verb take
    -0.139867, // verb talk
    -0.075024, // verb write
  ],
  bias: 2.165923,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3087 tasks; held out in 5 folds: AUC 0.849, at the threshold 2407 of 2477 real tasks kept and 398 of 610 others",
};
