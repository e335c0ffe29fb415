// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608314, // ownerRep
    0.391686, // ownerCustomer
    0.794496, // hasDueDate
    1.847482, // evidenceCount
    6.825234, // textWords
    3.578162, // objectWords
    0.105094, // pronounObject
    0.02459, // vagueText
    0.790984, // promise
    0.023712, // letMe
    0.165984, // question
    0.077576, // request
    0.077869, // conditional
    0.020492, // hedge
    0.028396, // obligation
    21.39315, // quoteWords
    0.502125, // position
    0.706557, // mentionedElsewhere
    0.398788, // mentionedLate
    5.034543, // callItems
    1.016267, // itemsPerTenTurns
    0.206089, // sameHead
    0.08015, // maxSimilarity
    0.097775, // sharedEvidence
    0.413056, // namedInText
    0.458724, // acknowledged
    0.003806, // verb add
    0.031909, // verb ask
    0.007904, // verb book
    0.027518, // verb call
    0.005269, // verb cancel
    0.029274, // verb check
    0.004977, // verb close
    0.00966, // verb confirm
    0.004098, // verb countersign
    0.004684, // verb deactivate
    0.022834, // verb email
    0.005269, // verb extend
    0.008197, // verb fill
    0.004977, // verb find
    0.016686, // verb forward
    0.031909, // verb get
    0.174766, // verb have
    0.0524, // verb hold
    0.007319, // verb pass
    0.003806, // verb pull
    0.012295, // verb put
    0.005855, // verb run
    0.003513, // verb schedule
    0.376756, // verb send
    0.017272, // verb set
    0.004391, // verb share
    0.006148, // verb ship
    0.019614, // verb sign
    0.008782, // verb take
    0.007611, // verb talk
    0.005562, // verb write
  ],
  scale: [
    0.488127, // ownerRep
    0.488127, // ownerCustomer
    0.404069, // hasDueDate
    0.724597, // evidenceCount
    2.987222, // textWords
    1.906412, // objectWords
    0.306674, // pronounObject
    0.154872, // vagueText
    0.406606, // promise
    0.15215, // letMe
    0.372066, // question
    0.267503, // request
    0.267965, // conditional
    0.141675, // hedge
    0.166101, // obligation
    10.467539, // quoteWords
    0.201102, // position
    0.318845, // mentionedElsewhere
    0.37538, // mentionedLate
    1.452197, // callItems
    0.400737, // itemsPerTenTurns
    0.449731, // sameHead
    0.103276, // maxSimilarity
    0.305752, // sharedEvidence
    0.492383, // namedInText
    0.498293, // acknowledged
    0.061572, // verb add
    0.175757, // verb ask
    0.088552, // verb book
    0.163586, // verb call
    0.072399, // verb cancel
    0.168574, // verb check
    0.070369, // verb close
    0.097812, // verb confirm
    0.063887, // verb countersign
    0.068278, // verb deactivate
    0.149373, // verb email
    0.072399, // verb extend
    0.090164, // verb fill
    0.070369, // verb find
    0.128093, // verb forward
    0.175757, // verb get
    0.379767, // verb have
    0.222833, // verb hold
    0.085235, // verb pass
    0.061572, // verb pull
    0.110199, // verb put
    0.076292, // verb run
    0.059165, // verb schedule
    0.484573, // verb send
    0.130282, // verb set
    0.06612, // verb share
    0.078165, // verb ship
    0.138668, // verb sign
    0.093301, // verb take
    0.08691, // verb talk
    0.074372, // verb write
  ],
  weights: [
    -0.07929, // ownerRep
    0.07929, // ownerCustomer
    0.344851, // hasDueDate
    0.18688, // evidenceCount
    0.314939, // textWords
    0.814426, // objectWords
    -0.336926, // pronounObject
    0.007937, // vagueText
    0.161633, // promise
    -0.172018, // letMe
    0.00532, // question
    -0.20818, // request
    -0.184828, // conditional
    -0.075937, // hedge
    -0.044572, // obligation
    0.644936, // quoteWords
    -0.030144, // position
    0.179321, // mentionedElsewhere
    0.182436, // mentionedLate
    -0.635196, // callItems
    0.431316, // itemsPerTenTurns
    -0.131017, // sameHead
    -0.365214, // maxSimilarity
    0.006699, // sharedEvidence
    0.084112, // namedInText
    0.171549, // acknowledged
    -0.052473, // verb add
    -0.042342, // verb ask
    0.074391, // verb book
    -0.065298, // verb call
    0.041374, // verb cancel
    -0.014565, // verb check
    0.037341, // verb close
    0.093195, // verb confirm
    0.077085, // verb countersign
    0.091865, // verb deactivate
    0.155911, // verb email
    0.03995, // verb extend
    0.168488, // verb fill
    0.046912, // verb find
    0.226351, // verb forward
    -0.106111, // verb get
    0.234089, // verb have
    0.128777, // verb hold
    -0.007866, // verb pass
    -0.031173, // verb pull
    0.036667, // verb put
    0.0732, // verb run
    0.009757, // verb schedule
    0.308897, // verb send
    0.060388, // verb set
    0.284418, // verb share
    0.015731, // verb ship
    0.018984, // verb sign
    -0.160372, // verb take
    -0.155131, // verb talk
    -0.095432, // verb write
  ],
  bias: 2.299468,
  threshold: 0.38,
  trainedOn: "742 English dev calls, 3416 tasks; held out in 5 folds: AUC 0.844, at the threshold 2729 of 2792 real tasks kept and 415 of 624 others",
};
