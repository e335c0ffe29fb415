// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.611635, // ownerRep
    0.388365, // ownerCustomer
    0.776081, // hasDueDate
    1.806305, // evidenceCount
    6.754956, // textWords
    3.524212, // objectWords
    0.101397, // pronounObject
    0.027624, // vagueText
    0.78648, // promise
    0.024049, // letMe
    0.148521, // question
    0.075073, // request
    0.082548, // conditional
    0.016575, // hedge
    0.027624, // obligation
    21.000975, // quoteWords
    0.503953, // position
    0.70577, // mentionedElsewhere
    0.406326, // mentionedLate
    5.274618, // callItems
    1.072851, // itemsPerTenTurns
    0.226844, // sameHead
    0.086181, // maxSimilarity
    0.125772, // sharedEvidence
    0.411115, // namedInText
    0.464738, // acknowledged
    0.004225, // verb add
    0.030874, // verb ask
    0.0065, // verb book
    0.028274, // verb call
    0.004225, // verb cancel
    0.035099, // verb check
    0.0052, // verb close
    0.0078, // verb confirm
    0.0039, // verb countersign
    0.0052, // verb deactivate
    0.004225, // verb delete
    0.021774, // verb email
    0.005525, // verb extend
    0.008125, // verb fill
    0.00455, // verb find
    0.017225, // verb forward
    0.031524, // verb get
    0.004225, // verb give
    0.163471, // verb have
    0.051024, // verb hold
    0.00715, // verb pass
    0.01495, // verb put
    0.00585, // verb run
    0.0052, // verb schedule
    0.368541, // verb send
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
    0.715345, // evidenceCount
    3.000446, // textWords
    1.920203, // objectWords
    0.301854, // pronounObject
    0.163894, // vagueText
    0.409791, // promise
    0.153203, // letMe
    0.355616, // question
    0.263509, // request
    0.275198, // conditional
    0.127671, // hedge
    0.163894, // obligation
    10.375576, // quoteWords
    0.201809, // position
    0.319229, // mentionedElsewhere
    0.377605, // mentionedLate
    1.50559, // callItems
    0.413051, // itemsPerTenTurns
    0.475484, // sameHead
    0.106672, // maxSimilarity
    0.348788, // sharedEvidence
    0.492036, // namedInText
    0.498755, // acknowledged
    0.064862, // verb add
    0.172977, // verb ask
    0.080359, // verb book
    0.165755, // verb call
    0.064862, // verb cancel
    0.18403, // verb check
    0.071922, // verb close
    0.087971, // verb confirm
    0.062327, // verb countersign
    0.071922, // verb deactivate
    0.064862, // verb delete
    0.145946, // verb email
    0.074124, // verb extend
    0.089771, // verb fill
    0.067299, // verb find
    0.130107, // verb forward
    0.17473, // verb get
    0.064862, // verb give
    0.369795, // verb have
    0.220046, // verb hold
    0.084254, // verb pass
    0.121351, // verb put
    0.07626, // verb run
    0.071922, // verb schedule
    0.482409, // verb send
    0.134838, // verb set
    0.06965, // verb share
    0.074124, // verb ship
    0.142713, // verb sign
    0.098258, // verb take
    0.099866, // verb talk
    0.07626, // verb write
  ],
  weights: [
    -0.094239, // ownerRep
    0.094239, // ownerCustomer
    0.308503, // hasDueDate
    0.237541, // evidenceCount
    0.245569, // textWords
    0.879994, // objectWords
    -0.278363, // pronounObject
    0.053551, // vagueText
    0.207639, // promise
    -0.162965, // letMe
    0.00037, // question
    -0.201395, // request
    -0.185727, // conditional
    -0.076224, // hedge
    -0.087525, // obligation
    0.545585, // quoteWords
    -0.024814, // position
    0.184443, // mentionedElsewhere
    0.129163, // mentionedLate
    -0.607495, // callItems
    0.404898, // itemsPerTenTurns
    -0.11893, // sameHead
    -0.381001, // maxSimilarity
    -0.044774, // sharedEvidence
    0.08385, // namedInText
    0.193655, // acknowledged
    -0.082073, // verb add
    -0.046863, // verb ask
    0.038255, // verb book
    -0.09566, // verb call
    0.105394, // verb cancel
    -0.027937, // verb check
    0.025002, // verb close
    0.076689, // verb confirm
    0.068145, // verb countersign
    0.13508, // verb deactivate
    -0.104632, // verb delete
    0.168352, // verb email
    0.0774, // verb extend
    0.251539, // verb fill
    0.000665, // verb find
    0.214724, // verb forward
    -0.087521, // verb get
    -0.077671, // verb give
    0.251828, // verb have
    0.193742, // verb hold
    -0.018213, // verb pass
    -0.036831, // verb put
    0.116963, // verb run
    -0.000002, // verb schedule
    0.402394, // verb send
    0.118111, // verb set
    0.315503, // verb share
    -0.008556, // verb ship
    0.036131, // verb sign
    -0.110924, // verb take
    -0.190295, // verb talk
    -0.074314, // verb write
  ],
  bias: 2.085732,
  threshold: 0.36,
  trainedOn: "638 English dev calls, 3077 tasks; held out in 5 folds: AUC 0.848, at the threshold 2373 of 2437 real tasks kept and 421 of 640 others",
};
