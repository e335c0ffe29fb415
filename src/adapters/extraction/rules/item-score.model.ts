// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.611635, // ownerRep
    0.388365, // ownerCustomer
    0.776081, // hasDueDate
    1.80728, // evidenceCount
    6.755281, // textWords
    3.524212, // objectWords
    0.101397, // pronounObject
    0.027299, // vagueText
    0.786805, // promise
    0.024049, // letMe
    0.148846, // question
    0.075398, // request
    0.082873, // conditional
    0.016575, // hedge
    0.027624, // obligation
    21.010725, // quoteWords
    0.503861, // position
    0.705933, // mentionedElsewhere
    0.406596, // mentionedLate
    5.275268, // callItems
    1.073108, // itemsPerTenTurns
    0.226844, // sameHead
    0.086223, // maxSimilarity
    0.125772, // sharedEvidence
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
    0.416869, // hasDueDate
    0.715381, // evidenceCount
    2.999877, // textWords
    1.920033, // objectWords
    0.301854, // pronounObject
    0.162954, // vagueText
    0.409564, // promise
    0.153203, // letMe
    0.355937, // question
    0.264033, // request
    0.27569, // conditional
    0.127671, // hedge
    0.163894, // obligation
    10.366891, // quoteWords
    0.201799, // position
    0.319251, // mentionedElsewhere
    0.37766, // mentionedLate
    1.507197, // callItems
    0.413438, // itemsPerTenTurns
    0.475484, // sameHead
    0.106652, // maxSimilarity
    0.348788, // sharedEvidence
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
    -0.095427, // ownerRep
    0.095427, // ownerCustomer
    0.301686, // hasDueDate
    0.25261, // evidenceCount
    0.231883, // textWords
    0.892745, // objectWords
    -0.281465, // pronounObject
    0.055593, // vagueText
    0.212281, // promise
    -0.163047, // letMe
    0.00517, // question
    -0.200204, // request
    -0.183315, // conditional
    -0.078552, // hedge
    -0.089021, // obligation
    0.528286, // quoteWords
    -0.019399, // position
    0.180837, // mentionedElsewhere
    0.132237, // mentionedLate
    -0.604729, // callItems
    0.399401, // itemsPerTenTurns
    -0.120709, // sameHead
    -0.383113, // maxSimilarity
    -0.046691, // sharedEvidence
    0.081443, // namedInText
    0.195421, // acknowledged
    -0.082425, // verb add
    -0.045568, // verb ask
    0.038627, // verb book
    -0.090836, // verb call
    0.105034, // verb cancel
    -0.026389, // verb check
    0.026125, // verb close
    0.076366, // verb confirm
    0.069587, // verb countersign
    0.136073, // verb deactivate
    -0.095878, // verb delete
    0.169293, // verb email
    0.077642, // verb extend
    0.251857, // verb fill
    -0.000625, // verb find
    0.214333, // verb forward
    -0.085611, // verb get
    -0.077951, // verb give
    0.255023, // verb have
    0.205192, // verb hold
    -0.00572, // verb pass
    -0.03697, // verb put
    0.116429, // verb run
    0.000448, // verb schedule
    0.406033, // verb send
    0.12026, // verb set
    0.31621, // verb share
    -0.008443, // verb ship
    0.037223, // verb sign
    -0.109928, // verb take
    -0.188742, // verb talk
    -0.073923, // verb write
  ],
  bias: 2.089034,
  threshold: 0.36,
  trainedOn: "638 English dev calls, 3077 tasks; held out in 5 folds: AUC 0.846, at the threshold 2377 of 2440 real tasks kept and 422 of 637 others",
};
