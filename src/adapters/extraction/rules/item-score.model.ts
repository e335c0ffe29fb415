// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["ask","book","call","check","confirm","email","extend","fill","forward","get","have","hold","pass","put","send","set","sign","talk"],
  mean: [
    0.610326, // ownerRep
    0.389674, // ownerCustomer
    0.762754, // hasDueDate
    1.630608, // evidenceCount
    6.57099, // textWords
    3.416103, // objectWords
    0.105101, // pronounObject
    0.029502, // vagueText
    0.762139, // promise
    0.020897, // letMe
    0.139521, // question
    0.075599, // request
    0.071911, // conditional
    0.013522, // hedge
    0.023356, // obligation
    18.699447, // quoteWords
    0.519439, // position
    0.71012, // mentionedElsewhere
    0.388889, // mentionedLate
    5.374309, // callItems
    1.162042, // itemsPerTenTurns
    0.217578, // sameHead
    0.084799, // maxSimilarity
    0.044253, // sharedEvidence
    0.398279, // namedInText
    0.481254, // acknowledged
    0.025814, // verb ask
    0.007376, // verb book
    0.022127, // verb call
    0.031961, // verb check
    0.007376, // verb confirm
    0.024585, // verb email
    0.008605, // verb extend
    0.007376, // verb fill
    0.018439, // verb forward
    0.036878, // verb get
    0.157959, // verb have
    0.051014, // verb hold
    0.007376, // verb pass
    0.017824, // verb put
    0.373694, // verb send
    0.019668, // verb set
    0.022127, // verb sign
    0.007376, // verb talk
  ],
  scale: [
    0.487676, // ownerRep
    0.487676, // ownerCustomer
    0.425395, // hasDueDate
    0.659196, // evidenceCount
    2.970719, // textWords
    1.920244, // objectWords
    0.306684, // pronounObject
    0.169209, // vagueText
    0.425774, // promise
    0.143041, // letMe
    0.346489, // question
    0.264356, // request
    0.258341, // conditional
    0.115495, // hedge
    0.151031, // obligation
    9.984192, // quoteWords
    0.197565, // position
    0.325396, // mentionedElsewhere
    0.381695, // mentionedLate
    1.579495, // callItems
    0.480903, // itemsPerTenTurns
    0.46047, // sameHead
    0.104609, // maxSimilarity
    0.222869, // sharedEvidence
    0.489544, // namedInText
    0.499648, // acknowledged
    0.158581, // verb ask
    0.085564, // verb book
    0.147095, // verb call
    0.175895, // verb check
    0.085564, // verb confirm
    0.154857, // verb email
    0.092362, // verb extend
    0.085564, // verb fill
    0.134532, // verb forward
    0.188461, // verb get
    0.364703, // verb have
    0.220027, // verb hold
    0.085564, // verb pass
    0.132312, // verb put
    0.483784, // verb send
    0.138857, // verb set
    0.147095, // verb sign
    0.085564, // verb talk
  ],
  weights: [
    -0.105689, // ownerRep
    0.105689, // ownerCustomer
    0.15512, // hasDueDate
    0.282385, // evidenceCount
    0.133393, // textWords
    0.760094, // objectWords
    -0.339535, // pronounObject
    -0.071633, // vagueText
    0.169863, // promise
    -0.178123, // letMe
    0.036682, // question
    -0.353268, // request
    -0.266575, // conditional
    -0.071297, // hedge
    -0.120368, // obligation
    0.882205, // quoteWords
    0.010074, // position
    0.208127, // mentionedElsewhere
    0.138191, // mentionedLate
    -0.690519, // callItems
    0.430685, // itemsPerTenTurns
    -0.103781, // sameHead
    -0.221745, // maxSimilarity
    -0.178895, // sharedEvidence
    0.061898, // namedInText
    0.254466, // acknowledged
    -0.062958, // verb ask
    0.0143, // verb book
    -0.189035, // verb call
    -0.035439, // verb check
    0.100262, // verb confirm
    0.0974, // verb email
    0.09554, // verb extend
    0.417899, // verb fill
    0.6865, // verb forward
    -0.046026, // verb get
    0.216447, // verb have
    0.117598, // verb hold
    -0.045759, // verb pass
    -0.06359, // verb put
    0.313869, // verb send
    0.148555, // verb set
    0.055514, // verb sign
    -0.121615, // verb talk
  ],
  bias: 2.326419,
  threshold: 0.26,
  trainedOn: "334 English dev calls, 1627 tasks; held out in 5 folds: AUC 0.843, at the threshold 1298 of 1312 real tasks kept and 246 of 315 others",
};
