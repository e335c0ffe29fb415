// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609329, // ownerRep
    0.390671, // ownerCustomer
    0.776158, // hasDueDate
    1.822481, // evidenceCount
    6.797538, // textWords
    3.549725, // objectWords
    0.104956, // pronounObject
    0.026239, // vagueText
    0.787496, // promise
    0.024619, // letMe
    0.151927, // question
    0.07645, // request
    0.081633, // conditional
    0.017493, // hedge
    0.027535, // obligation
    20.990606, // quoteWords
    0.501775, // position
    0.705864, // mentionedElsewhere
    0.405165, // mentionedLate
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
    3.01795, // textWords
    1.92709, // objectWords
    0.306497, // pronounObject
    0.159845, // vagueText
    0.40908, // promise
    0.154962, // letMe
    0.358951, // question
    0.265716, // request
    0.273804, // conditional
    0.131098, // hedge
    0.163636, // obligation
    10.437789, // quoteWords
    0.200993, // position
    0.319335, // mentionedElsewhere
    0.377784, // mentionedLate
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
    -0.095478, // ownerRep
    0.095478, // ownerCustomer
    0.339654, // hasDueDate
    0.203931, // evidenceCount
    0.225415, // textWords
    0.849855, // objectWords
    -0.300021, // pronounObject
    0.017796, // vagueText
    0.198485, // promise
    -0.190142, // letMe
    -0.027894, // question
    -0.192994, // request
    -0.196304, // conditional
    -0.104064, // hedge
    -0.09664, // obligation
    0.612264, // quoteWords
    -0.012168, // position
    0.195251, // mentionedElsewhere
    0.119047, // mentionedLate
    -0.604383, // callItems
    0.418992, // itemsPerTenTurns
    -0.152897, // sameHead
    -0.336143, // maxSimilarity
    0.022425, // sharedEvidence
    0.102112, // namedInText
    0.17357, // acknowledged
    -0.081243, // verb add
    -0.019289, // verb ask
    0.05496, // verb book
    -0.059333, // verb call
    0.114247, // verb cancel
    -0.002205, // verb check
    0.032456, // verb close
    0.134283, // verb confirm
    0.076325, // verb countersign
    0.107626, // verb deactivate
    0.16656, // verb email
    0.055143, // verb extend
    0.172316, // verb fill
    0.050108, // verb find
    0.233587, // verb forward
    -0.073033, // verb get
    -0.07533, // verb give
    0.240085, // verb have
    0.213753, // verb hold
    -0.002222, // verb pass
    -0.042204, // verb put
    0.115496, // verb run
    -0.008008, // verb schedule
    0.38277, // verb send
    0.097152, // verb set
    0.300179, // verb share
    0.059411, // verb ship
    0.030421, // verb sign
    -0.122121, // verb take
    -0.139565, // verb talk
    -0.074723, // verb write
  ],
  bias: 2.166177,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3087 tasks; held out in 5 folds: AUC 0.849, at the threshold 2408 of 2477 real tasks kept and 399 of 610 others",
};
