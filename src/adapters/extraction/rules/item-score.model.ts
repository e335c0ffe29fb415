// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","update","write"],
  mean: [
    0.609436, // ownerRep
    0.390564, // ownerCustomer
    0.775455, // hasDueDate
    1.827113, // evidenceCount
    6.789788, // textWords
    3.547626, // objectWords
    0.105106, // pronounObject
    0.027172, // vagueText
    0.784413, // promise
    0.025679, // letMe
    0.166318, // question
    0.074948, // request
    0.080322, // conditional
    0.020603, // hedge
    0.030158, // obligation
    21.277396, // quoteWords
    0.502766, // position
    0.706363, // mentionedElsewhere
    0.400109, // mentionedLate
    5.162138, // callItems
    1.041371, // itemsPerTenTurns
    0.217677, // sameHead
    0.08152, // maxSimilarity
    0.101523, // sharedEvidence
    0.411466, // namedInText
    0.459839, // acknowledged
    0.003882, // verb add
    0.032547, // verb ask
    0.007166, // verb book
    0.026874, // verb call
    0.004778, // verb cancel
    0.033741, // verb check
    0.005076, // verb close
    0.008958, // verb confirm
    0.00418, // verb countersign
    0.004778, // verb deactivate
    0.021798, // verb email
    0.005375, // verb extend
    0.007764, // verb fill
    0.00418, // verb find
    0.016423, // verb forward
    0.03195, // verb get
    0.00418, // verb give
    0.1702, // verb have
    0.051956, // verb hold
    0.007166, // verb pass
    0.003583, // verb pull
    0.015228, // verb put
    0.005972, // verb run
    0.005673, // verb schedule
    0.367871, // verb send
    0.017617, // verb set
    0.004479, // verb share
    0.005673, // verb ship
    0.020305, // verb sign
    0.008659, // verb take
    0.008062, // verb talk
    0.00418, // verb update
    0.005673, // verb write
  ],
  scale: [
    0.487877, // ownerRep
    0.487877, // ownerCustomer
    0.417282, // hasDueDate
    0.720576, // evidenceCount
    3.009292, // textWords
    1.922634, // objectWords
    0.30669, // pronounObject
    0.162585, // vagueText
    0.411229, // promise
    0.158177, // letMe
    0.372366, // question
    0.263307, // request
    0.271792, // conditional
    0.142052, // hedge
    0.171023, // obligation
    10.556695, // quoteWords
    0.201657, // position
    0.319719, // mentionedElsewhere
    0.37678, // mentionedLate
    1.482551, // callItems
    0.40532, // itemsPerTenTurns
    0.465698, // sameHead
    0.103195, // maxSimilarity
    0.31079, // sharedEvidence
    0.492099, // namedInText
    0.498384, // acknowledged
    0.062183, // verb add
    0.177448, // verb ask
    0.08435, // verb book
    0.161714, // verb call
    0.068954, // verb cancel
    0.180563, // verb check
    0.071066, // verb close
    0.094221, // verb confirm
    0.06452, // verb countersign
    0.068954, // verb deactivate
    0.146022, // verb email
    0.073115, // verb extend
    0.087768, // verb fill
    0.06452, // verb find
    0.127095, // verb forward
    0.175867, // verb get
    0.06452, // verb give
    0.375808, // verb have
    0.221938, // verb hold
    0.08435, // verb pass
    0.059752, // verb pull
    0.12246, // verb put
    0.077047, // verb run
    0.075108, // verb schedule
    0.482226, // verb send
    0.131555, // verb set
    0.066775, // verb share
    0.075108, // verb ship
    0.14104, // verb sign
    0.092652, // verb take
    0.089427, // verb talk
    0.06452, // verb update
    0.075108, // verb write
  ],
  weights: [
    -0.109015, // ownerRep
    0.109015, // ownerCustomer
    0.396858, // hasDueDate
    0.187064, // evidenceCount
    0.226963, // textWords
    0.868696, // objectWords
    -0.301763, // pronounObject
    0.017723, // vagueText
    0.204335, // promise
    -0.178353, // letMe
    0.015361, // question
    -0.199055, // request
    -0.220984, // conditional
    -0.07218, // hedge
    -0.056832, // obligation
    0.660545, // quoteWords
    0.00821, // position
    0.152567, // mentionedElsewhere
    0.193992, // mentionedLate
    -0.629138, // callItems
    0.424064, // itemsPerTenTurns
    -0.152464, // sameHead
    -0.328904, // maxSimilarity
    -0.025648, // sharedEvidence
    0.104336, // namedInText
    0.162399, // acknowledged
    -0.046626, // verb add
    -0.023394, // verb ask
    0.079666, // verb book
    -0.061514, // verb call
    0.033138, // verb cancel
    0.010444, // verb check
    0.044446, // verb close
    0.113436, // verb confirm
    0.089328, // verb countersign
    0.101574, // verb deactivate
    0.159958, // verb email
    0.050672, // verb extend
    0.163509, // verb fill
    0.042502, // verb find
    0.223551, // verb forward
    -0.094406, // verb get
    -0.10346, // verb give
    0.260586, // verb have
    0.182312, // verb hold
    -0.005242, // verb pass
    0.028137, // verb pull
    -0.045126, // verb put
    0.088403, // verb run
    -0.028591, // verb schedule
    0.346423, // verb send
    0.068701, // verb set
    0.287014, // verb share
    0.063044, // verb ship
    0.014423, // verb sign
    -0.132624, // verb take
    -0.153445, // verb talk
    0.008722, // verb update
    -0.096255, // verb write
  ],
  bias: 2.201641,
  threshold: 0.35,
  trainedOn: "710 English dev calls, 3349 tasks; held out in 5 folds: AUC 0.852, at the threshold 2622 of 2687 real tasks kept and 420 of 662 others",
};
