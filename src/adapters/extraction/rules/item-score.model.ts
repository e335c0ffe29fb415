// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.60901, // ownerRep
    0.39099, // ownerCustomer
    0.785735, // hasDueDate
    1.840601, // evidenceCount
    6.802772, // textWords
    3.561074, // objectWords
    0.105689, // pronounObject
    0.025411, // vagueText
    0.788911, // promise
    0.025123, // letMe
    0.166041, // question
    0.076812, // request
    0.07739, // conditional
    0.020214, // hedge
    0.028588, // obligation
    21.266821, // quoteWords
    0.502105, // position
    0.706056, // mentionedElsewhere
    0.399513, // mentionedLate
    5.099047, // callItems
    1.026719, // itemsPerTenTurns
    0.211666, // sameHead
    0.080968, // maxSimilarity
    0.099336, // sharedEvidence
    0.410915, // namedInText
    0.457118, // acknowledged
    0.003754, // verb add
    0.031476, // verb ask
    0.007797, // verb book
    0.027433, // verb call
    0.005198, // verb cancel
    0.029454, // verb check
    0.004909, // verb close
    0.009529, // verb confirm
    0.004043, // verb countersign
    0.00462, // verb deactivate
    0.022524, // verb email
    0.005198, // verb extend
    0.008085, // verb fill
    0.004909, // verb find
    0.01646, // verb forward
    0.033208, // verb get
    0.004043, // verb give
    0.172394, // verb have
    0.051689, // verb hold
    0.007219, // verb pass
    0.003754, // verb pull
    0.015882, // verb put
    0.005775, // verb run
    0.005487, // verb schedule
    0.371354, // verb send
    0.017037, // verb set
    0.004332, // verb share
    0.006064, // verb ship
    0.019347, // verb sign
    0.008663, // verb take
    0.007797, // verb talk
    0.004043, // verb update
    0.005487, // verb write
  ],
  scale: [
    0.487972, // ownerRep
    0.487972, // ownerCustomer
    0.410312, // hasDueDate
    0.725353, // evidenceCount
    2.984815, // textWords
    1.904964, // objectWords
    0.307439, // pronounObject
    0.157371, // vagueText
    0.408081, // promise
    0.156498, // letMe
    0.372117, // question
    0.266293, // request
    0.267209, // conditional
    0.140731, // hedge
    0.166645, // obligation
    10.489898, // quoteWords
    0.201538, // position
    0.319062, // mentionedElsewhere
    0.375485, // mentionedLate
    1.452196, // callItems
    0.397555, // itemsPerTenTurns
    0.457191, // sameHead
    0.103202, // maxSimilarity
    0.307678, // sharedEvidence
    0.492, // namedInText
    0.498158, // acknowledged
    0.061155, // verb add
    0.174599, // verb ask
    0.087954, // verb book
    0.163341, // verb call
    0.071908, // verb cancel
    0.169076, // verb check
    0.069892, // verb close
    0.097152, // verb confirm
    0.063454, // verb countersign
    0.067815, // verb deactivate
    0.14838, // verb email
    0.071908, // verb extend
    0.089555, // verb fill
    0.069892, // verb find
    0.127235, // verb forward
    0.17918, // verb get
    0.063454, // verb give
    0.377722, // verb have
    0.221399, // verb hold
    0.084658, // verb pass
    0.061155, // verb pull
    0.12502, // verb put
    0.075776, // verb run
    0.073868, // verb schedule
    0.483167, // verb send
    0.12941, // verb set
    0.065671, // verb share
    0.077636, // verb ship
    0.137743, // verb sign
    0.092671, // verb take
    0.087954, // verb talk
    0.063454, // verb update
    0.073868, // verb write
  ],
  weights: [
    -0.087307, // ownerRep
    0.087307, // ownerCustomer
    0.386216, // hasDueDate
    0.160136, // evidenceCount
    0.30474, // textWords
    0.794379, // objectWords
    -0.331384, // pronounObject
    0.001901, // vagueText
    0.174339, // promise
    -0.170672, // letMe
    0.025061, // question
    -0.207167, // request
    -0.178232, // conditional
    -0.073568, // hedge
    -0.044633, // obligation
    0.681961, // quoteWords
    -0.012745, // position
    0.171407, // mentionedElsewhere
    0.173763, // mentionedLate
    -0.649416, // callItems
    0.440614, // itemsPerTenTurns
    -0.158518, // sameHead
    -0.329464, // maxSimilarity
    -0.013678, // sharedEvidence
    0.120692, // namedInText
    0.165062, // acknowledged
    -0.047149, // verb add
    -0.033533, // verb ask
    0.080297, // verb book
    -0.064753, // verb call
    0.047293, // verb cancel
    -0.018944, // verb check
    0.0395, // verb close
    0.097816, // verb confirm
    0.080319, // verb countersign
    0.094537, // verb deactivate
    0.162465, // verb email
    0.046759, // verb extend
    0.169129, // verb fill
    0.054341, // verb find
    0.231765, // verb forward
    -0.11154, // verb get
    -0.099444, // verb give
    0.241708, // verb have
    0.131283, // verb hold
    -0.005009, // verb pass
    -0.027658, // verb pull
    -0.058361, // verb put
    0.080006, // verb run
    -0.040032, // verb schedule
    0.342962, // verb send
    0.069746, // verb set
    0.281932, // verb share
    0.021589, // verb ship
    0.025595, // verb sign
    -0.148504, // verb take
    -0.154959, // verb talk
    0.006332, // verb update
    -0.09388, // verb write
  ],
  bias: 2.22953,
  threshold: 0.38,
  trainedOn: "742 English dev calls, 3463 tasks; held out in 5 folds: AUC 0.852, at the threshold 2715 of 2792 real tasks kept and 413 of 671 others",
};
