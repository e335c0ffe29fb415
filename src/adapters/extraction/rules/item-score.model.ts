// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608847, // ownerRep
    0.391153, // ownerCustomer
    0.789872, // hasDueDate
    1.844296, // evidenceCount
    6.816065, // textWords
    3.571886, // objectWords
    0.105064, // pronounObject
    0.025611, // vagueText
    0.789581, // promise
    0.02532, // letMe
    0.165017, // question
    0.077125, // request
    0.077707, // conditional
    0.020373, // hedge
    0.028813, // obligation
    21.341094, // quoteWords
    0.50153, // position
    0.706802, // mentionedElsewhere
    0.400009, // mentionedLate
    5.063155, // callItems
    1.02086, // itemsPerTenTurns
    0.207509, // sameHead
    0.080277, // maxSimilarity
    0.097206, // sharedEvidence
    0.412689, // namedInText
    0.4578, // acknowledged
    0.003783, // verb add
    0.031723, // verb ask
    0.007858, // verb book
    0.027648, // verb call
    0.005239, // verb cancel
    0.029686, // verb check
    0.004948, // verb close
    0.009604, // verb confirm
    0.004075, // verb countersign
    0.004657, // verb deactivate
    0.022701, // verb email
    0.005239, // verb extend
    0.008149, // verb fill
    0.004948, // verb find
    0.016589, // verb forward
    0.033469, // verb get
    0.173749, // verb have
    0.052095, // verb hold
    0.007276, // verb pass
    0.003783, // verb pull
    0.012224, // verb put
    0.005821, // verb run
    0.003492, // verb schedule
    0.374272, // verb send
    0.017171, // verb set
    0.004366, // verb share
    0.006112, // verb ship
    0.019499, // verb sign
    0.008731, // verb take
    0.007858, // verb talk
    0.004075, // verb update
    0.00553, // verb write
  ],
  scale: [
    0.488008, // ownerRep
    0.488008, // ownerCustomer
    0.407399, // hasDueDate
    0.725331, // evidenceCount
    2.987252, // textWords
    1.906215, // objectWords
    0.306636, // pronounObject
    0.157972, // vagueText
    0.407606, // promise
    0.157096, // letMe
    0.371196, // question
    0.266789, // request
    0.267709, // conditional
    0.141271, // hedge
    0.167279, // obligation
    10.476486, // quoteWords
    0.201702, // position
    0.318449, // mentionedElsewhere
    0.375516, // mentionedLate
    1.453919, // callItems
    0.400163, // itemsPerTenTurns
    0.451697, // sameHead
    0.103085, // maxSimilarity
    0.304952, // sharedEvidence
    0.492318, // namedInText
    0.498216, // acknowledged
    0.061393, // verb add
    0.175261, // verb ask
    0.088296, // verb book
    0.163963, // verb call
    0.072189, // verb cancel
    0.169719, // verb check
    0.070165, // verb close
    0.097529, // verb confirm
    0.063702, // verb countersign
    0.06808, // verb deactivate
    0.148948, // verb email
    0.072189, // verb extend
    0.089903, // verb fill
    0.070165, // verb find
    0.127726, // verb forward
    0.179858, // verb get
    0.378893, // verb have
    0.22222, // verb hold
    0.084988, // verb pass
    0.061393, // verb pull
    0.109882, // verb put
    0.076071, // verb run
    0.058994, // verb schedule
    0.483934, // verb send
    0.129909, // verb set
    0.065928, // verb share
    0.077938, // verb ship
    0.138272, // verb sign
    0.093031, // verb take
    0.088296, // verb talk
    0.063702, // verb update
    0.074156, // verb write
  ],
  weights: [
    -0.088546, // ownerRep
    0.088546, // ownerCustomer
    0.375047, // hasDueDate
    0.173323, // evidenceCount
    0.326428, // textWords
    0.781394, // objectWords
    -0.334626, // pronounObject
    0.001716, // vagueText
    0.169815, // promise
    -0.174738, // letMe
    0.01591, // question
    -0.206403, // request
    -0.182835, // conditional
    -0.075521, // hedge
    -0.046224, // obligation
    0.652859, // quoteWords
    -0.020679, // position
    0.175775, // mentionedElsewhere
    0.172573, // mentionedLate
    -0.636353, // callItems
    0.432962, // itemsPerTenTurns
    -0.145424, // sameHead
    -0.348755, // maxSimilarity
    0.008119, // sharedEvidence
    0.114045, // namedInText
    0.172494, // acknowledged
    -0.04578, // verb add
    -0.027852, // verb ask
    0.083606, // verb book
    -0.057022, // verb call
    0.049487, // verb cancel
    -0.016286, // verb check
    0.042811, // verb close
    0.101432, // verb confirm
    0.081941, // verb countersign
    0.097651, // verb deactivate
    0.167224, // verb email
    0.049352, // verb extend
    0.173817, // verb fill
    0.057035, // verb find
    0.233961, // verb forward
    -0.106455, // verb get
    0.254491, // verb have
    0.145265, // verb hold
    -0.001504, // verb pass
    -0.026094, // verb pull
    0.049558, // verb put
    0.081834, // verb run
    0.014047, // verb schedule
    0.352944, // verb send
    0.073081, // verb set
    0.286052, // verb share
    0.024024, // verb ship
    0.028751, // verb sign
    -0.146378, // verb take
    -0.151342, // verb talk
    0.007376, // verb update
    -0.09085, // verb write
  ],
  bias: 2.266321,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3436 tasks; held out in 5 folds: AUC 0.848, at the threshold 2728 of 2792 real tasks kept and 421 of 644 others",
};
