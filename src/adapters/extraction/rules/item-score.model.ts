// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.616144, // ownerRep
    0.383856, // ownerCustomer
    0.772647, // hasDueDate
    1.785337, // evidenceCount
    6.749383, // textWords
    3.526613, // objectWords
    0.097638, // pronounObject
    0.029961, // vagueText
    0.786394, // promise
    0.023616, // letMe
    0.143814, // question
    0.073669, // request
    0.081777, // conditional
    0.016214, // hedge
    0.027494, // obligation
    20.81988, // quoteWords
    0.506859, // position
    0.710304, // mentionedElsewhere
    0.410209, // mentionedLate
    5.250264, // callItems
    1.078511, // itemsPerTenTurns
    0.227353, // sameHead
    0.087029, // maxSimilarity
    0.125132, // sharedEvidence
    0.414875, // namedInText
    0.468805, // acknowledged
    0.00423, // verb add
    0.029961, // verb ask
    0.006697, // verb book
    0.027846, // verb call
    0.00423, // verb cancel
    0.034896, // verb check
    0.00564, // verb close
    0.008107, // verb confirm
    0.00564, // verb deactivate
    0.004582, // verb delete
    0.021854, // verb email
    0.00564, // verb extend
    0.007402, // verb fill
    0.004935, // verb find
    0.017977, // verb forward
    0.030666, // verb get
    0.004582, // verb give
    0.165315, // verb have
    0.052168, // verb hold
    0.006697, // verb pass
    0.015509, // verb put
    0.006345, // verb run
    0.004935, // verb schedule
    0.364117, // verb send
    0.019034, // verb set
    0.005287, // verb share
    0.005287, // verb ship
    0.020444, // verb sign
    0.010575, // verb take
    0.010222, // verb talk
    0.00564, // verb write
  ],
  scale: [
    0.486324, // ownerRep
    0.486324, // ownerCustomer
    0.419122, // hasDueDate
    0.709041, // evidenceCount
    3.020597, // textWords
    1.937082, // objectWords
    0.296825, // pronounObject
    0.17048, // vagueText
    0.409852, // promise
    0.151851, // letMe
    0.350901, // question
    0.261232, // request
    0.274024, // conditional
    0.126299, // hedge
    0.163517, // obligation
    10.244542, // quoteWords
    0.201979, // position
    0.316669, // mentionedElsewhere
    0.379714, // mentionedLate
    1.47453, // callItems
    0.416051, // itemsPerTenTurns
    0.472865, // sameHead
    0.10686, // maxSimilarity
    0.35153, // sharedEvidence
    0.4927, // namedInText
    0.499026, // acknowledged
    0.064899, // verb add
    0.17048, // verb ask
    0.081562, // verb book
    0.164532, // verb call
    0.064899, // verb cancel
    0.183516, // verb check
    0.074886, // verb close
    0.089674, // verb confirm
    0.074886, // verb deactivate
    0.067537, // verb delete
    0.146207, // verb email
    0.074886, // verb extend
    0.085717, // verb fill
    0.070075, // verb find
    0.132867, // verb forward
    0.172412, // verb get
    0.067537, // verb give
    0.371465, // verb have
    0.222365, // verb hold
    0.081562, // verb pass
    0.123567, // verb put
    0.079401, // verb run
    0.070075, // verb schedule
    0.481182, // verb send
    0.136645, // verb set
    0.072521, // verb share
    0.072521, // verb ship
    0.141514, // verb sign
    0.102287, // verb take
    0.100586, // verb talk
    0.074886, // verb write
  ],
  weights: [
    -0.104548, // ownerRep
    0.104548, // ownerCustomer
    0.294018, // hasDueDate
    0.181529, // evidenceCount
    0.120865, // textWords
    1.015462, // objectWords
    -0.248996, // pronounObject
    0.047669, // vagueText
    0.222973, // promise
    -0.133035, // letMe
    0.139522, // question
    -0.308957, // request
    -0.19931, // conditional
    -0.103937, // hedge
    -0.086108, // obligation
    0.584642, // quoteWords
    -0.02791, // position
    0.243969, // mentionedElsewhere
    0.122607, // mentionedLate
    -0.61195, // callItems
    0.42168, // itemsPerTenTurns
    -0.192922, // sameHead
    -0.356071, // maxSimilarity
    -0.027759, // sharedEvidence
    0.081959, // namedInText
    0.169771, // acknowledged
    -0.059258, // verb add
    -0.077474, // verb ask
    0.032689, // verb book
    -0.134599, // verb call
    0.041196, // verb cancel
    -0.061156, // verb check
    0.01427, // verb close
    0.073235, // verb confirm
    0.146631, // verb deactivate
    -0.141183, // verb delete
    0.148546, // verb email
    0.115147, // verb extend
    0.482286, // verb fill
    -0.013198, // verb find
    0.208576, // verb forward
    -0.098623, // verb get
    -0.090186, // verb give
    0.159983, // verb have
    0.163123, // verb hold
    -0.00706, // verb pass
    -0.050354, // verb put
    0.11286, // verb run
    -0.006161, // verb schedule
    0.429177, // verb send
    0.113578, // verb set
    0.316499, // verb share
    -0.038676, // verb ship
    0.055872, // verb sign
    -0.116673, // verb take
    -0.208679, // verb talk
    -0.11467, // verb write
  ],
  bias: 2.125322,
  threshold: 0.34,
  trainedOn: "590 English dev calls, 2837 tasks; held out in 5 folds: AUC 0.849, at the threshold 2198 of 2249 real tasks kept and 395 of 588 others",
};
