// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608199, // ownerRep
    0.391801, // ownerCustomer
    0.794436, // hasDueDate
    1.858272, // evidenceCount
    6.826061, // textWords
    3.578624, // objectWords
    0.105124, // pronounObject
    0.024597, // vagueText
    0.791215, // promise
    0.023719, // letMe
    0.166911, // question
    0.078184, // request
    0.079941, // conditional
    0.020791, // hedge
    0.028404, // obligation
    21.74612, // quoteWords
    0.502044, // position
    0.700824, // mentionedElsewhere
    0.398905, // mentionedLate
    5.032211, // callItems
    1.015719, // itemsPerTenTurns
    0.206149, // sameHead
    0.080108, // maxSimilarity
    0.108931, // sharedEvidence
    0.413177, // namedInText
    0.458858, // acknowledged
    0.003807, // verb add
    0.031918, // verb ask
    0.007906, // verb book
    0.027526, // verb call
    0.005271, // verb cancel
    0.029283, // verb check
    0.004978, // verb close
    0.009663, // verb confirm
    0.0041, // verb countersign
    0.004685, // verb deactivate
    0.02284, // verb email
    0.005271, // verb extend
    0.008199, // verb fill
    0.004978, // verb find
    0.016691, // verb forward
    0.031918, // verb get
    0.174817, // verb have
    0.052416, // verb hold
    0.007321, // verb pass
    0.003807, // verb pull
    0.012299, // verb put
    0.005857, // verb run
    0.376867, // verb send
    0.017277, // verb set
    0.004392, // verb share
    0.006149, // verb ship
    0.019619, // verb sign
    0.008785, // verb take
    0.007613, // verb talk
    0.005564, // verb write
  ],
  scale: [
    0.488153, // ownerRep
    0.488153, // ownerCustomer
    0.404113, // hasDueDate
    0.72991, // evidenceCount
    2.987268, // textWords
    1.9065, // objectWords
    0.306714, // pronounObject
    0.154895, // vagueText
    0.40644, // promise
    0.152172, // letMe
    0.372896, // question
    0.268462, // request
    0.271203, // conditional
    0.142683, // hedge
    0.166124, // obligation
    10.795055, // quoteWords
    0.201076, // position
    0.320829, // mentionedElsewhere
    0.375372, // mentionedLate
    1.450244, // callItems
    0.400272, // itemsPerTenTurns
    0.449783, // sameHead
    0.103022, // maxSimilarity
    0.3199, // sharedEvidence
    0.492404, // namedInText
    0.498304, // acknowledged
    0.061581, // verb add
    0.175782, // verb ask
    0.088565, // verb book
    0.163609, // verb call
    0.072409, // verb cancel
    0.168597, // verb check
    0.070379, // verb close
    0.097826, // verb confirm
    0.063896, // verb countersign
    0.068288, // verb deactivate
    0.149395, // verb email
    0.072409, // verb extend
    0.090177, // verb fill
    0.070379, // verb find
    0.128111, // verb forward
    0.175782, // verb get
    0.37981, // verb have
    0.222864, // verb hold
    0.085247, // verb pass
    0.061581, // verb pull
    0.110215, // verb put
    0.076303, // verb run
    0.484601, // verb send
    0.130301, // verb set
    0.066129, // verb share
    0.078176, // verb ship
    0.138688, // verb sign
    0.093315, // verb take
    0.086922, // verb talk
    0.074382, // verb write
  ],
  weights: [
    -0.081831, // ownerRep
    0.081831, // ownerCustomer
    0.346051, // hasDueDate
    0.175275, // evidenceCount
    0.313419, // textWords
    0.84436, // objectWords
    -0.334702, // pronounObject
    0.007852, // vagueText
    0.152223, // promise
    -0.174778, // letMe
    0.032741, // question
    -0.217519, // request
    -0.191222, // conditional
    -0.080008, // hedge
    -0.043674, // obligation
    0.661202, // quoteWords
    -0.034065, // position
    0.189488, // mentionedElsewhere
    0.178367, // mentionedLate
    -0.649259, // callItems
    0.436804, // itemsPerTenTurns
    -0.127786, // sameHead
    -0.380194, // maxSimilarity
    0.026496, // sharedEvidence
    0.095186, // namedInText
    0.173488, // acknowledged
    -0.053043, // verb add
    -0.047611, // verb ask
    0.075128, // verb book
    -0.066841, // verb call
    0.042563, // verb cancel
    -0.019358, // verb check
    0.03685, // verb close
    0.093894, // verb confirm
    0.076245, // verb countersign
    0.092003, // verb deactivate
    0.153141, // verb email
    0.039904, // verb extend
    0.160446, // verb fill
    0.046941, // verb find
    0.225711, // verb forward
    -0.108975, // verb get
    0.21798, // verb have
    0.123948, // verb hold
    -0.007412, // verb pass
    -0.033039, // verb pull
    0.037266, // verb put
    0.074108, // verb run
    0.31436, // verb send
    0.06027, // verb set
    0.28281, // verb share
    0.013988, // verb ship
    0.019299, // verb sign
    -0.166004, // verb take
    -0.157699, // verb talk
    -0.064485, // verb write
  ],
  bias: 2.332622,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3415 tasks; held out in 5 folds: AUC 0.847, at the threshold 2735 of 2796 real tasks kept and 415 of 619 others",
};
