// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.608558, // ownerRep
    0.391442, // ownerCustomer
    0.777813, // hasDueDate
    1.823772, // evidenceCount
    6.786054, // textWords
    3.543582, // objectWords
    0.106181, // pronounObject
    0.026624, // vagueText
    0.787639, // promise
    0.024406, // letMe
    0.16355, // question
    0.076387, // request
    0.082409, // conditional
    0.019968, // hedge
    0.027258, // obligation
    21.255784, // quoteWords
    0.502079, // position
    0.70592, // mentionedElsewhere
    0.4043, // mentionedLate
    5.161648, // callItems
    1.048824, // itemsPerTenTurns
    0.219017, // sameHead
    0.081548, // maxSimilarity
    0.100792, // sharedEvidence
    0.408241, // namedInText
    0.463708, // acknowledged
    0.00412, // verb add
    0.031062, // verb ask
    0.006973, // verb book
    0.026624, // verb call
    0.004437, // verb cancel
    0.032964, // verb check
    0.005388, // verb close
    0.007924, // verb confirm
    0.00412, // verb countersign
    0.005071, // verb deactivate
    0.02187, // verb email
    0.005705, // verb extend
    0.008241, // verb fill
    0.00412, // verb find
    0.017116, // verb forward
    0.03233, // verb get
    0.00412, // verb give
    0.167353, // verb have
    0.051347, // verb hold
    0.007607, // verb pass
    0.01458, // verb put
    0.005705, // verb run
    0.006022, // verb schedule
    0.371157, // verb send
    0.01775, // verb set
    0.004754, // verb share
    0.005388, // verb ship
    0.020602, // verb sign
    0.009192, // verb take
    0.008241, // verb talk
    0.003803, // verb update
    0.006022, // verb write
  ],
  scale: [
    0.488073, // ownerRep
    0.488073, // ownerCustomer
    0.415716, // hasDueDate
    0.720542, // evidenceCount
    3.002829, // textWords
    1.918362, // objectWords
    0.308069, // pronounObject
    0.160983, // vagueText
    0.408979, // promise
    0.154305, // letMe
    0.369867, // question
    0.265616, // request
    0.274987, // conditional
    0.139891, // hedge
    0.162835, // obligation
    10.574954, // quoteWords
    0.201131, // position
    0.320343, // mentionedElsewhere
    0.37783, // mentionedLate
    1.491185, // callItems
    0.408768, // itemsPerTenTurns
    0.466181, // sameHead
    0.103623, // maxSimilarity
    0.310384, // sharedEvidence
    0.491508, // namedInText
    0.498681, // acknowledged
    0.064058, // verb add
    0.173485, // verb ask
    0.083213, // verb book
    0.160983, // verb call
    0.066466, // verb cancel
    0.178541, // verb check
    0.073207, // verb close
    0.088663, // verb confirm
    0.064058, // verb countersign
    0.071032, // verb deactivate
    0.146259, // verb email
    0.075317, // verb extend
    0.090405, // verb fill
    0.064058, // verb find
    0.129703, // verb forward
    0.176874, // verb get
    0.064058, // verb give
    0.373291, // verb have
    0.220705, // verb hold
    0.086886, // verb pass
    0.119864, // verb put
    0.075317, // verb run
    0.077369, // verb schedule
    0.483114, // verb send
    0.13204, // verb set
    0.068788, // verb share
    0.073207, // verb ship
    0.142048, // verb sign
    0.095432, // verb take
    0.090405, // verb talk
    0.061555, // verb update
    0.077369, // verb write
  ],
  weights: [
    -0.098428, // ownerRep
    0.098428, // ownerCustomer
    0.348323, // hasDueDate
    0.159204, // evidenceCount
    0.259558, // textWords
    0.788539, // objectWords
    -0.312243, // pronounObject
    -0.015362, // vagueText
    0.206549, // promise
    -0.184513, // letMe
    0.019197, // question
    -0.202487, // request
    -0.212494, // conditional
    -0.095543, // hedge
    -0.061551, // obligation
    0.705346, // quoteWords
    -0.007716, // position
    0.183867, // mentionedElsewhere
    0.125354, // mentionedLate
    -0.608444, // callItems
    0.414363, // itemsPerTenTurns
    -0.15131, // sameHead
    -0.30492, // maxSimilarity
    -0.015939, // sharedEvidence
    0.08781, // namedInText
    0.185349, // acknowledged
    -0.046084, // verb add
    -0.0155, // verb ask
    0.055815, // verb book
    -0.038372, // verb call
    0.112731, // verb cancel
    -0.012184, // verb check
    0.042805, // verb close
    0.137408, // verb confirm
    0.074149, // verb countersign
    0.105991, // verb deactivate
    0.167159, // verb email
    0.052953, // verb extend
    0.16649, // verb fill
    0.05302, // verb find
    0.235439, // verb forward
    -0.083474, // verb get
    -0.097187, // verb give
    0.265909, // verb have
    0.175193, // verb hold
    -0.006951, // verb pass
    -0.030849, // verb put
    0.114868, // verb run
    -0.026966, // verb schedule
    0.363425, // verb send
    0.081969, // verb set
    0.295628, // verb share
    0.061875, // verb ship
    0.030238, // verb sign
    -0.130562, // verb take
    -0.140444, // verb talk
    -0.002939, // verb update
    -0.087755, // verb write
  ],
  bias: 2.186424,
  threshold: 0.37,
  trainedOn: "670 English dev calls, 3155 tasks; held out in 5 folds: AUC 0.852, at the threshold 2467 of 2534 real tasks kept and 398 of 621 others",
};
