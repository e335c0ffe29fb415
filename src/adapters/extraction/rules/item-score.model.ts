// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","call","check","email","extend","forward","get","have","hold","put","send","set","sign"],
  mean: [
    0.600339, // ownerRep
    0.399661, // ownerCustomer
    0.779848, // hasDueDate
    1.657917, // evidenceCount
    6.607959, // textWords
    3.424217, // objectWords
    0.107536, // pronounObject
    0.027096, // vagueText
    0.751905, // promise
    0.019475, // letMe
    0.15072, // question
    0.084674, // request
    0.068586, // conditional
    0.016935, // hedge
    0.022862, // obligation
    18.894157, // quoteWords
    0.522408, // position
    0.691322, // mentionedElsewhere
    0.352302, // mentionedLate
    5.235394, // callItems
    1.202126, // itemsPerTenTurns
    0.196444, // sameHead
    0.079486, // maxSimilarity
    0.047417, // sharedEvidence
    0.380186, // namedInText
    0.509738, // acknowledged
    0.025402, // verb ask
    0.019475, // verb call
    0.035563, // verb check
    0.022862, // verb email
    0.010161, // verb extend
    0.019475, // verb forward
    0.035563, // verb get
    0.15834, // verb have
    0.055038, // verb hold
    0.010161, // verb put
    0.381033, // verb send
    0.016935, // verb set
    0.021169, // verb sign
  ],
  scale: [
    0.489829, // ownerRep
    0.489829, // ownerCustomer
    0.414349, // hasDueDate
    0.662149, // evidenceCount
    3.024804, // textWords
    1.936867, // objectWords
    0.309793, // pronounObject
    0.162362, // vagueText
    0.431907, // promise
    0.138187, // letMe
    0.357775, // question
    0.278396, // request
    0.252749, // conditional
    0.129027, // hedge
    0.149463, // obligation
    9.956798, // quoteWords
    0.196601, // position
    0.331343, // mentionedElsewhere
    0.375434, // mentionedLate
    1.898919, // callItems
    0.628428, // itemsPerTenTurns
    0.437862, // sameHead
    0.105147, // maxSimilarity
    0.235223, // sharedEvidence
    0.485432, // namedInText
    0.499905, // acknowledged
    0.157343, // verb ask
    0.138187, // verb call
    0.185198, // verb check
    0.149463, // verb email
    0.100288, // verb extend
    0.138187, // verb forward
    0.185198, // verb get
    0.36506, // verb have
    0.228055, // verb hold
    0.100288, // verb put
    0.485641, // verb send
    0.129027, // verb set
    0.143946, // verb sign
  ],
  weights: [
    -0.004409, // ownerRep
    0.004409, // ownerCustomer
    0.24555, // hasDueDate
    0.415239, // evidenceCount
    -0.161915, // textWords
    1.17728, // objectWords
    -0.341501, // pronounObject
    -0.096453, // vagueText
    0.074839, // promise
    -0.220534, // letMe
    -0.037513, // question
    -0.325173, // request
    -0.190719, // conditional
    -0.07378, // hedge
    -0.146328, // obligation
    0.740675, // quoteWords
    0.135181, // position
    0.132684, // mentionedElsewhere
    0.236306, // mentionedLate
    -0.617221, // callItems
    0.523589, // itemsPerTenTurns
    0.019392, // sameHead
    -0.28121, // maxSimilarity
    -0.198732, // sharedEvidence
    0.075655, // namedInText
    0.156413, // acknowledged
    0.037536, // verb ask
    -0.235392, // verb call
    -0.029339, // verb check
    0.045756, // verb email
    0.094291, // verb extend
    0.343579, // verb forward
    -0.018201, // verb get
    0.257676, // verb have
    0.030918, // verb hold
    0.043311, // verb put
    0.394141, // verb send
    0.037501, // verb set
    0.105339, // verb sign
  ],
  bias: 2.605146,
  threshold: 0.2,
  trainedOn: "255 English dev calls, 1181 tasks; held out in 5 folds: AUC 0.822, at the threshold 990 of 994 real tasks kept and 165 of 187 others",
};
