// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.615845, // ownerRep
    0.384155, // ownerCustomer
    0.772183, // hasDueDate
    1.784507, // evidenceCount
    6.741197, // textWords
    3.519718, // objectWords
    0.100704, // pronounObject
    0.02993, // vagueText
    0.785563, // promise
    0.023592, // letMe
    0.144014, // question
    0.073592, // request
    0.08169, // conditional
    0.016197, // hedge
    0.027465, // obligation
    20.807746, // quoteWords
    0.506961, // position
    0.710363, // mentionedElsewhere
    0.410362, // mentionedLate
    5.257042, // callItems
    1.080149, // itemsPerTenTurns
    0.225704, // sameHead
    0.086976, // maxSimilarity
    0.125704, // sharedEvidence
    0.414789, // namedInText
    0.468662, // acknowledged
    0.004225, // verb add
    0.02993, // verb ask
    0.00669, // verb book
    0.027817, // verb call
    0.004225, // verb cancel
    0.034859, // verb check
    0.005634, // verb close
    0.008099, // verb confirm
    0.005634, // verb deactivate
    0.004577, // verb delete
    0.021831, // verb email
    0.005634, // verb extend
    0.007394, // verb fill
    0.00493, // verb find
    0.017958, // verb forward
    0.030634, // verb get
    0.004577, // verb give
    0.165493, // verb have
    0.052465, // verb hold
    0.00669, // verb pass
    0.015493, // verb put
    0.006338, // verb run
    0.00493, // verb schedule
    0.364085, // verb send
    0.019014, // verb set
    0.005282, // verb share
    0.005282, // verb ship
    0.020423, // verb sign
    0.010563, // verb take
    0.010211, // verb talk
    0.005634, // verb write
  ],
  scale: [
    0.486395, // ownerRep
    0.486395, // ownerCustomer
    0.419424, // hasDueDate
    0.708131, // evidenceCount
    3.019816, // textWords
    1.936755, // objectWords
    0.300937, // pronounObject
    0.170393, // vagueText
    0.410431, // promise
    0.151773, // letMe
    0.351104, // question
    0.261105, // request
    0.273892, // conditional
    0.126233, // hedge
    0.163433, // obligation
    10.237583, // quoteWords
    0.201943, // position
    0.316887, // mentionedElsewhere
    0.379877, // mentionedLate
    1.479479, // callItems
    0.417176, // itemsPerTenTurns
    0.471857, // sameHead
    0.106954, // maxSimilarity
    0.352118, // sharedEvidence
    0.492686, // namedInText
    0.499017, // acknowledged
    0.064865, // verb add
    0.170393, // verb ask
    0.081519, // verb book
    0.164448, // verb call
    0.064865, // verb cancel
    0.183423, // verb check
    0.074847, // verb close
    0.089627, // verb confirm
    0.074847, // verb deactivate
    0.067502, // verb delete
    0.146131, // verb email
    0.074847, // verb extend
    0.085672, // verb fill
    0.070038, // verb find
    0.132798, // verb forward
    0.172323, // verb get
    0.067502, // verb give
    0.371625, // verb have
    0.222962, // verb hold
    0.081519, // verb pass
    0.123503, // verb put
    0.079359, // verb run
    0.070038, // verb schedule
    0.481173, // verb send
    0.136574, // verb set
    0.072483, // verb share
    0.072483, // verb ship
    0.141441, // verb sign
    0.102234, // verb take
    0.100534, // verb talk
    0.074847, // verb write
  ],
  weights: [
    -0.105835, // ownerRep
    0.105835, // ownerCustomer
    0.294488, // hasDueDate
    0.180933, // evidenceCount
    0.133208, // textWords
    0.996534, // objectWords
    -0.260554, // pronounObject
    0.04713, // vagueText
    0.227256, // promise
    -0.135631, // letMe
    0.149162, // question
    -0.313519, // request
    -0.198716, // conditional
    -0.102028, // hedge
    -0.086638, // obligation
    0.585214, // quoteWords
    -0.029014, // position
    0.243499, // mentionedElsewhere
    0.119166, // mentionedLate
    -0.611397, // callItems
    0.41973, // itemsPerTenTurns
    -0.193976, // sameHead
    -0.350498, // maxSimilarity
    -0.045515, // sharedEvidence
    0.086231, // namedInText
    0.164753, // acknowledged
    -0.059227, // verb add
    -0.069145, // verb ask
    0.033024, // verb book
    -0.135146, // verb call
    0.041176, // verb cancel
    -0.062737, // verb check
    0.015797, // verb close
    0.07375, // verb confirm
    0.148295, // verb deactivate
    -0.13954, // verb delete
    0.148905, // verb email
    0.114716, // verb extend
    0.48257, // verb fill
    -0.013871, // verb find
    0.209428, // verb forward
    -0.099922, // verb get
    -0.090237, // verb give
    0.162657, // verb have
    0.157212, // verb hold
    -0.00765, // verb pass
    -0.048393, // verb put
    0.115345, // verb run
    -0.00678, // verb schedule
    0.43109, // verb send
    0.11458, // verb set
    0.316686, // verb share
    -0.038184, // verb ship
    0.056499, // verb sign
    -0.116016, // verb take
    -0.208602, // verb talk
    -0.114821, // verb write
  ],
  bias: 2.117628,
  threshold: 0.33,
  trainedOn: "590 English dev calls, 2840 tasks; held out in 5 folds: AUC 0.849, at the threshold 2203 of 2248 real tasks kept and 405 of 592 others",
};
