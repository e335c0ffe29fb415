// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614106, // ownerRep
    0.385894, // ownerCustomer
    0.769572, // hasDueDate
    1.780281, // evidenceCount
    6.737445, // textWords
    3.519941, // objectWords
    0.098597, // pronounObject
    0.030281, // vagueText
    0.787297, // promise
    0.024372, // letMe
    0.144018, // question
    0.072747, // request
    0.08161, // conditional
    0.016617, // hedge
    0.027326, // obligation
    20.776219, // quoteWords
    0.508497, // position
    0.710752, // mentionedElsewhere
    0.410099, // mentionedLate
    5.306869, // callItems
    1.0888, // itemsPerTenTurns
    0.223412, // sameHead
    0.086364, // maxSimilarity
    0.121492, // sharedEvidence
    0.411743, // namedInText
    0.470089, // acknowledged
    0.004431, // verb add
    0.028434, // verb ask
    0.007386, // verb book
    0.026957, // verb call
    0.004431, // verb cancel
    0.03582, // verb check
    0.004801, // verb close
    0.007755, // verb confirm
    0.005539, // verb deactivate
    0.004431, // verb delete
    0.022526, // verb email
    0.005908, // verb extend
    0.007755, // verb fill
    0.004801, // verb find
    0.017725, // verb forward
    0.031758, // verb get
    0.004801, // verb give
    0.165066, // verb have
    0.051329, // verb hold
    0.006278, // verb pass
    0.015879, // verb put
    0.005908, // verb run
    0.00517, // verb schedule
    0.364476, // verb send
    0.018095, // verb set
    0.00517, // verb share
    0.005539, // verb ship
    0.021049, // verb sign
    0.010709, // verb take
    0.00997, // verb talk
    0.005539, // verb write
  ],
  scale: [
    0.486806, // ownerRep
    0.486806, // ownerCustomer
    0.421107, // hasDueDate
    0.70822, // evidenceCount
    3.027589, // textWords
    1.941151, // objectWords
    0.29812, // pronounObject
    0.171358, // vagueText
    0.409219, // promise
    0.154202, // letMe
    0.351108, // question
    0.259721, // request
    0.27377, // conditional
    0.127833, // hedge
    0.163033, // obligation
    10.237367, // quoteWords
    0.201408, // position
    0.316962, // mentionedElsewhere
    0.37982, // mentionedLate
    1.500368, // callItems
    0.424621, // itemsPerTenTurns
    0.468283, // sameHead
    0.106524, // maxSimilarity
    0.348572, // sharedEvidence
    0.492149, // namedInText
    0.499105, // acknowledged
    0.06642, // verb add
    0.16621, // verb ask
    0.085621, // verb book
    0.161958, // verb call
    0.06642, // verb cancel
    0.185841, // verb check
    0.06912, // verb close
    0.087719, // verb confirm
    0.074219, // verb deactivate
    0.06642, // verb delete
    0.148386, // verb email
    0.076639, // verb extend
    0.087719, // verb fill
    0.06912, // verb find
    0.131951, // verb forward
    0.175354, // verb get
    0.06912, // verb give
    0.371241, // verb have
    0.220669, // verb hold
    0.078983, // verb pass
    0.125007, // verb put
    0.076639, // verb run
    0.071716, // verb schedule
    0.481283, // verb send
    0.133293, // verb set
    0.071716, // verb share
    0.074219, // verb ship
    0.143547, // verb sign
    0.102929, // verb take
    0.099353, // verb talk
    0.074219, // verb write
  ],
  weights: [
    -0.123828, // ownerRep
    0.123828, // ownerCustomer
    0.314833, // hasDueDate
    0.176654, // evidenceCount
    0.124139, // textWords
    0.961233, // objectWords
    -0.261416, // pronounObject
    0.043176, // vagueText
    0.249313, // promise
    -0.128142, // letMe
    0.150899, // question
    -0.317351, // request
    -0.192899, // conditional
    -0.081293, // hedge
    -0.074188, // obligation
    0.538762, // quoteWords
    -0.049012, // position
    0.271559, // mentionedElsewhere
    0.105509, // mentionedLate
    -0.663038, // callItems
    0.431436, // itemsPerTenTurns
    -0.152426, // sameHead
    -0.368254, // maxSimilarity
    -0.001508, // sharedEvidence
    0.095922, // namedInText
    0.187233, // acknowledged
    -0.065313, // verb add
    -0.046142, // verb ask
    0.005949, // verb book
    -0.125009, // verb call
    0.037433, // verb cancel
    -0.071309, // verb check
    0.017832, // verb close
    0.079754, // verb confirm
    0.13364, // verb deactivate
    -0.162719, // verb delete
    0.136154, // verb email
    0.114732, // verb extend
    0.48292, // verb fill
    -0.037002, // verb find
    0.183706, // verb forward
    -0.117033, // verb get
    -0.100436, // verb give
    0.224165, // verb have
    0.111499, // verb hold
    0.010007, // verb pass
    -0.067085, // verb put
    0.099555, // verb run
    -0.012037, // verb schedule
    0.386337, // verb send
    0.137205, // verb set
    0.293023, // verb share
    -0.042627, // verb ship
    0.047545, // verb sign
    -0.102267, // verb take
    -0.216798, // verb talk
    -0.125443, // verb write
  ],
  bias: 2.119439,
  threshold: 0.38,
  trainedOn: "558 English dev calls, 2708 tasks; held out in 5 folds: AUC 0.848, at the threshold 2082 of 2145 real tasks kept and 355 of 563 others",
};
