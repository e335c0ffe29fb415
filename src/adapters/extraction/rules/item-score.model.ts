// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.610248, // ownerRep
    0.389752, // ownerCustomer
    0.784111, // hasDueDate
    1.838803, // evidenceCount
    6.796776, // textWords
    3.555843, // objectWords
    0.105642, // pronounObject
    0.025331, // vagueText
    0.789004, // promise
    0.025043, // letMe
    0.165803, // question
    0.076857, // request
    0.079735, // conditional
    0.02015, // hedge
    0.028785, // obligation
    21.248417, // quoteWords
    0.502112, // position
    0.705917, // mentionedElsewhere
    0.399687, // mentionedLate
    5.117444, // callItems
    1.031021, // itemsPerTenTurns
    0.211572, // sameHead
    0.080863, // maxSimilarity
    0.099021, // sharedEvidence
    0.409902, // namedInText
    0.457686, // acknowledged
    0.003742, // verb add
    0.031376, // verb ask
    0.007772, // verb book
    0.027346, // verb call
    0.005181, // verb cancel
    0.029361, // verb check
    0.004893, // verb close
    0.009787, // verb confirm
    0.00403, // verb countersign
    0.004606, // verb deactivate
    0.022453, // verb email
    0.005181, // verb extend
    0.00806, // verb fill
    0.004893, // verb find
    0.016408, // verb forward
    0.033103, // verb get
    0.00403, // verb give
    0.171848, // verb have
    0.051813, // verb hold
    0.007196, // verb pass
    0.003742, // verb pull
    0.015832, // verb put
    0.005757, // verb run
    0.005469, // verb schedule
    0.370754, // verb send
    0.016983, // verb set
    0.004318, // verb share
    0.006045, // verb ship
    0.019286, // verb sign
    0.008636, // verb take
    0.007772, // verb talk
    0.00403, // verb update
    0.005469, // verb write
  ],
  scale: [
    0.487694, // ownerRep
    0.487694, // ownerCustomer
    0.411438, // hasDueDate
    0.725339, // evidenceCount
    2.985598, // textWords
    1.906543, // objectWords
    0.307379, // pronounObject
    0.157129, // vagueText
    0.408016, // promise
    0.156256, // letMe
    0.371904, // question
    0.266364, // request
    0.270883, // conditional
    0.140512, // hedge
    0.167202, // obligation
    10.485544, // quoteWords
    0.201661, // position
    0.319359, // mentionedElsewhere
    0.375757, // mentionedLate
    1.461075, // callItems
    0.399818, // itemsPerTenTurns
    0.456985, // sameHead
    0.103144, // maxSimilarity
    0.307242, // sharedEvidence
    0.491815, // namedInText
    0.498206, // acknowledged
    0.061058, // verb add
    0.174332, // verb ask
    0.087816, // verb book
    0.16309, // verb call
    0.071795, // verb cancel
    0.168816, // verb check
    0.069782, // verb close
    0.098444, // verb confirm
    0.063354, // verb countersign
    0.067708, // verb deactivate
    0.14815, // verb email
    0.071795, // verb extend
    0.089414, // verb fill
    0.069782, // verb find
    0.127037, // verb forward
    0.178906, // verb get
    0.063354, // verb give
    0.377248, // verb have
    0.22165, // verb hold
    0.084525, // verb pass
    0.061058, // verb pull
    0.124825, // verb put
    0.075657, // verb run
    0.073752, // verb schedule
    0.483007, // verb send
    0.129209, // verb set
    0.065568, // verb share
    0.077514, // verb ship
    0.137529, // verb sign
    0.092526, // verb take
    0.087816, // verb talk
    0.063354, // verb update
    0.073752, // verb write
  ],
  weights: [
    -0.092973, // ownerRep
    0.092973, // ownerCustomer
    0.391899, // hasDueDate
    0.16449, // evidenceCount
    0.279799, // textWords
    0.809672, // objectWords
    -0.325985, // pronounObject
    0.002405, // vagueText
    0.178302, // promise
    -0.170619, // letMe
    0.035628, // question
    -0.215692, // request
    -0.209904, // conditional
    -0.071213, // hedge
    -0.056708, // obligation
    0.683012, // quoteWords
    -0.009834, // position
    0.173542, // mentionedElsewhere
    0.172588, // mentionedLate
    -0.6466, // callItems
    0.434566, // itemsPerTenTurns
    -0.15692, // sameHead
    -0.323577, // maxSimilarity
    -0.011165, // sharedEvidence
    0.122531, // namedInText
    0.16107, // acknowledged
    -0.045009, // verb add
    -0.026099, // verb ask
    0.084453, // verb book
    -0.059695, // verb call
    0.050952, // verb cancel
    -0.008441, // verb check
    0.041381, // verb close
    0.102491, // verb confirm
    0.08253, // verb countersign
    0.098537, // verb deactivate
    0.166903, // verb email
    0.049456, // verb extend
    0.170681, // verb fill
    0.053542, // verb find
    0.234553, // verb forward
    -0.104659, // verb get
    -0.098297, // verb give
    0.249593, // verb have
    0.133938, // verb hold
    -0.000531, // verb pass
    -0.026241, // verb pull
    -0.051913, // verb put
    0.082804, // verb run
    -0.03691, // verb schedule
    0.353979, // verb send
    0.076494, // verb set
    0.28408, // verb share
    0.025017, // verb ship
    0.027511, // verb sign
    -0.143897, // verb take
    -0.150749, // verb talk
    0.010837, // verb update
    -0.091358, // verb write
  ],
  bias: 2.210292,
  threshold: 0.38,
  trainedOn: "742 English dev calls, 3474 tasks; held out in 5 folds: AUC 0.853, at the threshold 2716 of 2792 real tasks kept and 412 of 682 others",
};
