// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.613393, // ownerRep
    0.386607, // ownerCustomer
    0.771365, // hasDueDate
    1.781724, // evidenceCount
    6.737699, // textWords
    3.519793, // objectWords
    0.098779, // pronounObject
    0.030337, // vagueText
    0.787643, // promise
    0.024417, // letMe
    0.144284, // question
    0.072882, // request
    0.081391, // conditional
    0.016648, // hedge
    0.027377, // obligation
    20.779134, // quoteWords
    0.508129, // position
    0.711481, // mentionedElsewhere
    0.410519, // mentionedLate
    5.295597, // callItems
    1.086455, // itemsPerTenTurns
    0.224935, // sameHead
    0.086452, // maxSimilarity
    0.121717, // sharedEvidence
    0.412135, // namedInText
    0.470958, // acknowledged
    0.00444, // verb add
    0.028487, // verb ask
    0.007029, // verb book
    0.027007, // verb call
    0.00444, // verb cancel
    0.035886, // verb check
    0.004809, // verb close
    0.007769, // verb confirm
    0.005549, // verb deactivate
    0.00444, // verb delete
    0.022568, // verb email
    0.005919, // verb extend
    0.007769, // verb fill
    0.004809, // verb find
    0.017758, // verb forward
    0.031817, // verb get
    0.004809, // verb give
    0.165372, // verb have
    0.051424, // verb hold
    0.006289, // verb pass
    0.015908, // verb put
    0.005919, // verb run
    0.005179, // verb schedule
    0.36367, // verb send
    0.018128, // verb set
    0.005179, // verb share
    0.005549, // verb ship
    0.021088, // verb sign
    0.010729, // verb take
    0.009989, // verb talk
    0.005549, // verb write
  ],
  scale: [
    0.486972, // ownerRep
    0.486972, // ownerCustomer
    0.419954, // hasDueDate
    0.708079, // evidenceCount
    3.027377, // textWords
    1.942257, // objectWords
    0.298365, // pronounObject
    0.171512, // vagueText
    0.408976, // promise
    0.154341, // letMe
    0.351378, // question
    0.259943, // request
    0.273435, // conditional
    0.127949, // hedge
    0.163179, // obligation
    10.24374, // quoteWords
    0.201366, // position
    0.316652, // mentionedElsewhere
    0.380084, // mentionedLate
    1.497663, // callItems
    0.424231, // itemsPerTenTurns
    0.46927, // sameHead
    0.1066, // maxSimilarity
    0.348855, // sharedEvidence
    0.492219, // namedInText
    0.499156, // acknowledged
    0.066482, // verb add
    0.166359, // verb ask
    0.083545, // verb book
    0.162104, // verb call
    0.066482, // verb cancel
    0.186006, // verb check
    0.069183, // verb close
    0.0878, // verb confirm
    0.074287, // verb deactivate
    0.066482, // verb delete
    0.14852, // verb email
    0.076709, // verb extend
    0.0878, // verb fill
    0.069183, // verb find
    0.132071, // verb forward
    0.175511, // verb get
    0.069183, // verb give
    0.371516, // verb have
    0.220862, // verb hold
    0.079055, // verb pass
    0.125121, // verb put
    0.076709, // verb run
    0.071782, // verb schedule
    0.481055, // verb send
    0.133414, // verb set
    0.071782, // verb share
    0.074287, // verb ship
    0.143677, // verb sign
    0.103023, // verb take
    0.099444, // verb talk
    0.074287, // verb write
  ],
  weights: [
    -0.120275, // ownerRep
    0.120275, // ownerCustomer
    0.29197, // hasDueDate
    0.160542, // evidenceCount
    0.092878, // textWords
    1.007481, // objectWords
    -0.259682, // pronounObject
    0.042977, // vagueText
    0.242353, // promise
    -0.131729, // letMe
    0.156332, // question
    -0.328235, // request
    -0.197803, // conditional
    -0.085379, // hedge
    -0.078756, // obligation
    0.56737, // quoteWords
    -0.043462, // position
    0.264608, // mentionedElsewhere
    0.109825, // mentionedLate
    -0.656216, // callItems
    0.432373, // itemsPerTenTurns
    -0.165034, // sameHead
    -0.372847, // maxSimilarity
    -0.003963, // sharedEvidence
    0.097646, // namedInText
    0.177594, // acknowledged
    -0.065723, // verb add
    -0.049281, // verb ask
    0.028407, // verb book
    -0.123963, // verb call
    0.035907, // verb cancel
    -0.07097, // verb check
    0.018637, // verb close
    0.08039, // verb confirm
    0.135029, // verb deactivate
    -0.161275, // verb delete
    0.139264, // verb email
    0.114781, // verb extend
    0.487771, // verb fill
    -0.038188, // verb find
    0.188479, // verb forward
    -0.117128, // verb get
    -0.101225, // verb give
    0.218117, // verb have
    0.118126, // verb hold
    0.009141, // verb pass
    -0.069568, // verb put
    0.099148, // verb run
    -0.011988, // verb schedule
    0.408196, // verb send
    0.137515, // verb set
    0.294982, // verb share
    -0.042052, // verb ship
    0.05467, // verb sign
    -0.104643, // verb take
    -0.216688, // verb talk
    -0.125636, // verb write
  ],
  bias: 2.138972,
  threshold: 0.39,
  trainedOn: "558 English dev calls, 2703 tasks; held out in 5 folds: AUC 0.849, at the threshold 2081 of 2145 real tasks kept and 351 of 558 others",
};
