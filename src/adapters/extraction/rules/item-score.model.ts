// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.609329, // ownerRep
    0.390671, // ownerCustomer
    0.776482, // hasDueDate
    1.821833, // evidenceCount
    6.789116, // textWords
    3.547457, // objectWords
    0.10528, // pronounObject
    0.026887, // vagueText
    0.787496, // promise
    0.024619, // letMe
    0.151927, // question
    0.07645, // request
    0.081633, // conditional
    0.017493, // hedge
    0.027211, // obligation
    20.983479, // quoteWords
    0.501909, // position
    0.705922, // mentionedElsewhere
    0.404921, // mentionedLate
    5.172983, // callItems
    1.049513, // itemsPerTenTurns
    0.219307, // sameHead
    0.082192, // maxSimilarity
    0.107224, // sharedEvidence
    0.407191, // namedInText
    0.465177, // acknowledged
    0.004211, // verb add
    0.030774, // verb ask
    0.007127, // verb book
    0.026887, // verb call
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
    0.165533, // verb have
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
    0.416603, // hasDueDate
    0.719034, // evidenceCount
    3.012968, // textWords
    1.928155, // objectWords
    0.306914, // pronounObject
    0.161753, // vagueText
    0.40908, // promise
    0.154962, // letMe
    0.358951, // question
    0.265716, // request
    0.273804, // conditional
    0.131098, // hedge
    0.162697, // obligation
    10.433558, // quoteWords
    0.201142, // position
    0.319654, // mentionedElsewhere
    0.377977, // mentionedLate
    1.492192, // callItems
    0.409725, // itemsPerTenTurns
    0.466059, // sameHead
    0.104497, // maxSimilarity
    0.321716, // sharedEvidence
    0.491311, // namedInText
    0.498786, // acknowledged
    0.064757, // verb add
    0.172705, // verb ask
    0.084118, // verb book
    0.161753, // verb call
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
    0.371661, // verb have
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
    -0.091835, // ownerRep
    0.091835, // ownerCustomer
    0.343443, // hasDueDate
    0.215153, // evidenceCount
    0.227462, // textWords
    0.845464, // objectWords
    -0.306239, // pronounObject
    0.000212, // vagueText
    0.201582, // promise
    -0.18889, // letMe
    -0.035701, // question
    -0.189072, // request
    -0.199213, // conditional
    -0.105232, // hedge
    -0.079006, // obligation
    0.60713, // quoteWords
    -0.009398, // position
    0.189487, // mentionedElsewhere
    0.125201, // mentionedLate
    -0.600786, // callItems
    0.418911, // itemsPerTenTurns
    -0.160719, // sameHead
    -0.331583, // maxSimilarity
    0.028476, // sharedEvidence
    0.104899, // namedInText
    0.177505, // acknowledged
    -0.08136, // verb add
    -0.020528, // verb ask
    0.05453, // verb book
    -0.050084, // verb call
    0.11212, // verb cancel
    -0.003715, // verb check
    0.031305, // verb close
    0.132828, // verb confirm
    0.075452, // verb countersign
    0.106378, // verb deactivate
    0.163663, // verb email
    0.054073, // verb extend
    0.171197, // verb fill
    0.054194, // verb find
    0.234508, // verb forward
    -0.071338, // verb get
    -0.075602, // verb give
    0.24634, // verb have
    0.209395, // verb hold
    -0.002291, // verb pass
    -0.043955, // verb put
    0.113569, // verb run
    -0.007388, // verb schedule
    0.378108, // verb send
    0.096281, // verb set
    0.299761, // verb share
    0.060515, // verb ship
    0.029913, // verb sign
    -0.123511, // verb take
    -0.142941, // verb talk
    -0.07397, // verb write
  ],
  bias: 2.173181,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3087 tasks; held out in 5 folds: AUC 0.850, at the threshold 2408 of 2478 real tasks kept and 396 of 609 others",
};
