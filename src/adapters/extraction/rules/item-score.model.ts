// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609027, // ownerRep
    0.390973, // ownerCustomer
    0.778136, // hasDueDate
    1.834701, // evidenceCount
    6.778136, // textWords
    3.53898, // objectWords
    0.107268, // pronounObject
    0.026964, // vagueText
    0.786928, // promise
    0.025791, // letMe
    0.166764, // question
    0.075615, // request
    0.080891, // conditional
    0.021688, // hedge
    0.029601, // obligation
    21.257913, // quoteWords
    0.503182, // position
    0.705096, // mentionedElsewhere
    0.399869, // mentionedLate
    5.142732, // callItems
    1.036244, // itemsPerTenTurns
    0.215123, // sameHead
    0.081131, // maxSimilarity
    0.100234, // sharedEvidence
    0.410023, // namedInText
    0.462778, // acknowledged
    0.00381, // verb add
    0.031946, // verb ask
    0.007327, // verb book
    0.026964, // verb call
    0.005275, // verb cancel
    0.033118, // verb check
    0.004982, // verb close
    0.008792, // verb confirm
    0.004103, // verb countersign
    0.004689, // verb deactivate
    0.022274, // verb email
    0.005275, // verb extend
    0.007913, // verb fill
    0.004103, // verb find
    0.016413, // verb forward
    0.032239, // verb get
    0.004103, // verb give
    0.170868, // verb have
    0.051876, // verb hold
    0.007034, // verb pass
    0.00381, // verb pull
    0.015533, // verb put
    0.005862, // verb run
    0.005569, // verb schedule
    0.368406, // verb send
    0.017292, // verb set
    0.004689, // verb share
    0.006155, // verb ship
    0.019637, // verb sign
    0.008792, // verb take
    0.007913, // verb talk
    0.004396, // verb update
    0.005569, // verb write
  ],
  scale: [
    0.487968, // ownerRep
    0.487968, // ownerCustomer
    0.4155, // hasDueDate
    0.724057, // evidenceCount
    2.998097, // textWords
    1.915707, // objectWords
    0.309454, // pronounObject
    0.161977, // vagueText
    0.409478, // promise
    0.158512, // letMe
    0.372765, // question
    0.264382, // request
    0.272668, // conditional
    0.145663, // hedge
    0.169485, // obligation
    10.53667, // quoteWords
    0.201602, // position
    0.320387, // mentionedElsewhere
    0.376077, // mentionedLate
    1.476217, // callItems
    0.403032, // itemsPerTenTurns
    0.463213, // sameHead
    0.102983, // maxSimilarity
    0.308971, // sharedEvidence
    0.491838, // namedInText
    0.498613, // acknowledged
    0.061608, // verb add
    0.175857, // verb ask
    0.085284, // verb book
    0.161977, // verb call
    0.072441, // verb cancel
    0.178946, // verb check
    0.07041, // verb close
    0.093355, // verb confirm
    0.063924, // verb countersign
    0.068318, // verb deactivate
    0.147574, // verb email
    0.072441, // verb extend
    0.088604, // verb fill
    0.063924, // verb find
    0.127056, // verb forward
    0.176635, // verb get
    0.063924, // verb give
    0.376393, // verb have
    0.221776, // verb hold
    0.083573, // verb pass
    0.061608, // verb pull
    0.123661, // verb put
    0.076337, // verb run
    0.074415, // verb schedule
    0.482372, // verb send
    0.130357, // verb set
    0.068318, // verb share
    0.07821, // verb ship
    0.138748, // verb sign
    0.093355, // verb take
    0.088604, // verb talk
    0.066158, // verb update
    0.074415, // verb write
  ],
  weights: [
    -0.096094, // ownerRep
    0.096094, // ownerCustomer
    0.395469, // hasDueDate
    0.126846, // evidenceCount
    0.240325, // textWords
    0.86618, // objectWords
    -0.320332, // pronounObject
    0.015213, // vagueText
    0.186407, // promise
    -0.179961, // letMe
    0.03152, // question
    -0.184919, // request
    -0.223279, // conditional
    -0.109338, // hedge
    -0.049221, // obligation
    0.687486, // quoteWords
    -0.011923, // position
    0.162795, // mentionedElsewhere
    0.166477, // mentionedLate
    -0.623929, // callItems
    0.433123, // itemsPerTenTurns
    -0.143789, // sameHead
    -0.331352, // maxSimilarity
    -0.011704, // sharedEvidence
    0.109641, // namedInText
    0.153085, // acknowledged
    -0.044891, // verb add
    -0.024977, // verb ask
    0.087452, // verb book
    -0.058878, // verb call
    0.055935, // verb cancel
    0.008283, // verb check
    0.042507, // verb close
    0.11455, // verb confirm
    0.085821, // verb countersign
    0.101237, // verb deactivate
    0.161054, // verb email
    0.052298, // verb extend
    0.168651, // verb fill
    0.043377, // verb find
    0.234467, // verb forward
    -0.080524, // verb get
    -0.09892, // verb give
    0.255065, // verb have
    0.167313, // verb hold
    0.002204, // verb pass
    -0.023962, // verb pull
    -0.053377, // verb put
    0.082679, // verb run
    -0.035703, // verb schedule
    0.349969, // verb send
    0.066153, // verb set
    0.056293, // verb share
    0.024059, // verb ship
    0.033926, // verb sign
    -0.140429, // verb take
    -0.151342, // verb talk
    0.007052, // verb update
    -0.090569, // verb write
  ],
  bias: 2.165241,
  threshold: 0.38,
  trainedOn: "726 English dev calls, 3412 tasks; held out in 5 folds: AUC 0.851, at the threshold 2651 of 2731 real tasks kept and 414 of 681 others",
};
