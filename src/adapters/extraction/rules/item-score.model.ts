// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.611635, // ownerRep
    0.388365, // ownerCustomer
    0.776731, // hasDueDate
    1.808905, // evidenceCount
    6.755281, // textWords
    3.524212, // objectWords
    0.101397, // pronounObject
    0.027299, // vagueText
    0.786805, // promise
    0.024049, // letMe
    0.151121, // question
    0.075398, // request
    0.082548, // conditional
    0.016575, // hedge
    0.027624, // obligation
    21.00715, // quoteWords
    0.503861, // position
    0.706339, // mentionedElsewhere
    0.406921, // mentionedLate
    5.275268, // callItems
    1.073108, // itemsPerTenTurns
    0.226844, // sameHead
    0.086223, // maxSimilarity
    0.124472, // sharedEvidence
    0.410465, // namedInText
    0.465063, // acknowledged
    0.004225, // verb add
    0.030874, // verb ask
    0.0065, // verb book
    0.027949, // verb call
    0.004225, // verb cancel
    0.035099, // verb check
    0.0052, // verb close
    0.0078, // verb confirm
    0.0039, // verb countersign
    0.0052, // verb deactivate
    0.00455, // verb delete
    0.021774, // verb email
    0.005525, // verb extend
    0.008125, // verb fill
    0.00455, // verb find
    0.017225, // verb forward
    0.031524, // verb get
    0.004225, // verb give
    0.163471, // verb have
    0.051024, // verb hold
    0.007475, // verb pass
    0.01495, // verb put
    0.00585, // verb run
    0.0052, // verb schedule
    0.368216, // verb send
    0.018525, // verb set
    0.004875, // verb share
    0.005525, // verb ship
    0.020799, // verb sign
    0.00975, // verb take
    0.010075, // verb talk
    0.00585, // verb write
  ],
  scale: [
    0.487378, // ownerRep
    0.487378, // ownerCustomer
    0.416437, // hasDueDate
    0.716951, // evidenceCount
    2.999877, // textWords
    1.920033, // objectWords
    0.301854, // pronounObject
    0.162954, // vagueText
    0.409564, // promise
    0.153203, // letMe
    0.358167, // question
    0.264033, // request
    0.275198, // conditional
    0.127671, // hedge
    0.163894, // obligation
    10.35772, // quoteWords
    0.201799, // position
    0.319085, // mentionedElsewhere
    0.37774, // mentionedLate
    1.507197, // callItems
    0.413438, // itemsPerTenTurns
    0.475484, // sameHead
    0.106674, // maxSimilarity
    0.34457, // sharedEvidence
    0.491918, // namedInText
    0.498778, // acknowledged
    0.064862, // verb add
    0.172977, // verb ask
    0.080359, // verb book
    0.164828, // verb call
    0.064862, // verb cancel
    0.18403, // verb check
    0.071922, // verb close
    0.087971, // verb confirm
    0.062327, // verb countersign
    0.071922, // verb deactivate
    0.067299, // verb delete
    0.145946, // verb email
    0.074124, // verb extend
    0.089771, // verb fill
    0.067299, // verb find
    0.130107, // verb forward
    0.17473, // verb get
    0.064862, // verb give
    0.369795, // verb have
    0.220046, // verb hold
    0.086133, // verb pass
    0.121351, // verb put
    0.07626, // verb run
    0.071922, // verb schedule
    0.48232, // verb send
    0.134838, // verb set
    0.06965, // verb share
    0.074124, // verb ship
    0.142713, // verb sign
    0.098258, // verb take
    0.099866, // verb talk
    0.07626, // verb write
  ],
  weights: [
    -0.0951, // ownerRep
    0.0951, // ownerCustomer
    0.296346, // hasDueDate
    0.250493, // evidenceCount
    0.232961, // textWords
    0.891441, // objectWords
    -0.281585, // pronounObject
    0.0558, // vagueText
    0.212897, // promise
    -0.164954, // letMe
    0.010961, // question
    -0.203018, // request
    -0.186811, // conditional
    -0.078948, // hedge
    -0.089417, // obligation
    0.5298, // quoteWords
    -0.018793, // position
    0.1838, // mentionedElsewhere
    0.13234, // mentionedLate
    -0.605262, // callItems
    0.399087, // itemsPerTenTurns
    -0.121916, // sameHead
    -0.382976, // maxSimilarity
    -0.045452, // sharedEvidence
    0.081015, // namedInText
    0.195942, // acknowledged
    -0.082792, // verb add
    -0.045348, // verb ask
    0.038624, // verb book
    -0.090527, // verb call
    0.105536, // verb cancel
    -0.026253, // verb check
    0.026269, // verb close
    0.076792, // verb confirm
    0.070035, // verb countersign
    0.136368, // verb deactivate
    -0.095558, // verb delete
    0.170156, // verb email
    0.077483, // verb extend
    0.252328, // verb fill
    -0.000814, // verb find
    0.214432, // verb forward
    -0.084932, // verb get
    -0.078183, // verb give
    0.255579, // verb have
    0.206168, // verb hold
    -0.006067, // verb pass
    -0.037282, // verb put
    0.116198, // verb run
    0.000139, // verb schedule
    0.40729, // verb send
    0.121231, // verb set
    0.316449, // verb share
    -0.007914, // verb ship
    0.038127, // verb sign
    -0.109689, // verb take
    -0.188153, // verb talk
    -0.073834, // verb write
  ],
  bias: 2.088491,
  threshold: 0.36,
  trainedOn: "638 English dev calls, 3077 tasks; held out in 5 folds: AUC 0.846, at the threshold 2376 of 2440 real tasks kept and 422 of 637 others",
};
