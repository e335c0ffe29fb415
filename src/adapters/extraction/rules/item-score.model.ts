// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609627, // ownerRep
    0.390373, // ownerCustomer
    0.779278, // hasDueDate
    1.835045, // evidenceCount
    6.780158, // textWords
    3.540358, // objectWords
    0.107132, // pronounObject
    0.027003, // vagueText
    0.786616, // promise
    0.025829, // letMe
    0.166716, // question
    0.075726, // request
    0.080423, // conditional
    0.020546, // hedge
    0.029645, // obligation
    21.259172, // quoteWords
    0.502806, // position
    0.705377, // mentionedElsewhere
    0.400153, // mentionedLate
    5.13531, // callItems
    1.034861, // itemsPerTenTurns
    0.213971, // sameHead
    0.081031, // maxSimilarity
    0.099208, // sharedEvidence
    0.410038, // namedInText
    0.462871, // acknowledged
    0.003816, // verb add
    0.031993, // verb ask
    0.007338, // verb book
    0.027003, // verb call
    0.005283, // verb cancel
    0.033167, // verb check
    0.00499, // verb close
    0.008805, // verb confirm
    0.004109, // verb countersign
    0.004696, // verb deactivate
    0.022307, // verb email
    0.005283, // verb extend
    0.007925, // verb fill
    0.004109, // verb find
    0.016437, // verb forward
    0.031993, // verb get
    0.004109, // verb give
    0.170825, // verb have
    0.051952, // verb hold
    0.007044, // verb pass
    0.003816, // verb pull
    0.015556, // verb put
    0.00587, // verb run
    0.005577, // verb schedule
    0.368653, // verb send
    0.017317, // verb set
    0.004403, // verb share
    0.006164, // verb ship
    0.019665, // verb sign
    0.008805, // verb take
    0.007925, // verb talk
    0.004109, // verb update
    0.005577, // verb write
  ],
  scale: [
    0.487834, // ownerRep
    0.487834, // ownerCustomer
    0.414733, // hasDueDate
    0.723884, // evidenceCount
    2.9985, // textWords
    1.91607, // objectWords
    0.309281, // pronounObject
    0.162093, // vagueText
    0.409697, // promise
    0.158625, // letMe
    0.372722, // question
    0.26456, // request
    0.271946, // conditional
    0.141858, // hedge
    0.169606, // obligation
    10.53018, // quoteWords
    0.201463, // position
    0.320292, // mentionedElsewhere
    0.376207, // mentionedLate
    1.476419, // callItems
    0.403076, // itemsPerTenTurns
    0.460668, // sameHead
    0.103, // maxSimilarity
    0.30765, // sharedEvidence
    0.49184, // namedInText
    0.498619, // acknowledged
    0.061653, // verb add
    0.175981, // verb ask
    0.085346, // verb book
    0.162093, // verb call
    0.072494, // verb cancel
    0.179072, // verb check
    0.070462, // verb close
    0.093423, // verb confirm
    0.063971, // verb countersign
    0.068368, // verb deactivate
    0.14768, // verb email
    0.072494, // verb extend
    0.088668, // verb fill
    0.063971, // verb find
    0.127148, // verb forward
    0.175981, // verb get
    0.063971, // verb give
    0.376356, // verb have
    0.22193, // verb hold
    0.083634, // verb pass
    0.061653, // verb pull
    0.123751, // verb put
    0.076392, // verb run
    0.074469, // verb schedule
    0.48244, // verb send
    0.130451, // verb set
    0.066207, // verb share
    0.078267, // verb ship
    0.138848, // verb sign
    0.093423, // verb take
    0.088668, // verb talk
    0.063971, // verb update
    0.074469, // verb write
  ],
  weights: [
    -0.098122, // ownerRep
    0.098122, // ownerCustomer
    0.387391, // hasDueDate
    0.126776, // evidenceCount
    0.241315, // textWords
    0.863406, // objectWords
    -0.319589, // pronounObject
    0.016041, // vagueText
    0.190506, // promise
    -0.178687, // letMe
    0.027545, // question
    -0.184011, // request
    -0.219666, // conditional
    -0.074092, // hedge
    -0.052679, // obligation
    0.691914, // quoteWords
    -0.006934, // position
    0.16197, // mentionedElsewhere
    0.165802, // mentionedLate
    -0.615426, // callItems
    0.429991, // itemsPerTenTurns
    -0.148854, // sameHead
    -0.324753, // maxSimilarity
    -0.014663, // sharedEvidence
    0.106978, // namedInText
    0.152346, // acknowledged
    -0.045366, // verb add
    -0.027149, // verb ask
    0.086097, // verb book
    -0.058068, // verb call
    0.053838, // verb cancel
    0.009439, // verb check
    0.043311, // verb close
    0.114551, // verb confirm
    0.0869, // verb countersign
    0.101151, // verb deactivate
    0.16035, // verb email
    0.05285, // verb extend
    0.168173, // verb fill
    0.043348, // verb find
    0.233962, // verb forward
    -0.078691, // verb get
    -0.099504, // verb give
    0.260179, // verb have
    0.161544, // verb hold
    0.000117, // verb pass
    -0.026909, // verb pull
    -0.054533, // verb put
    0.081898, // verb run
    -0.033184, // verb schedule
    0.352246, // verb send
    0.066971, // verb set
    0.286975, // verb share
    0.023404, // verb ship
    0.03242, // verb sign
    -0.140977, // verb take
    -0.150727, // verb talk
    0.010558, // verb update
    -0.091965, // verb write
  ],
  bias: 2.184055,
  threshold: 0.37,
  trainedOn: "726 English dev calls, 3407 tasks; held out in 5 folds: AUC 0.851, at the threshold 2660 of 2731 real tasks kept and 419 of 676 others",
};
