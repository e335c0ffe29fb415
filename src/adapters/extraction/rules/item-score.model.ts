// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612865, // ownerRep
    0.387135, // ownerCustomer
    0.768811, // hasDueDate
    1.777778, // evidenceCount
    6.669396, // textWords
    3.477193, // objectWords
    0.099415, // pronounObject
    0.034308, // vagueText
    0.785575, // promise
    0.025731, // letMe
    0.149318, // question
    0.074854, // request
    0.082651, // conditional
    0.017154, // hedge
    0.026121, // obligation
    20.699415, // quoteWords
    0.509609, // position
    0.710622, // mentionedElsewhere
    0.41043, // mentionedLate
    5.339181, // callItems
    1.095081, // itemsPerTenTurns
    0.219103, // sameHead
    0.08575, // maxSimilarity
    0.121248, // sharedEvidence
    0.409357, // namedInText
    0.470175, // acknowledged
    0.004678, // verb add
    0.025341, // verb ask
    0.007407, // verb book
    0.026901, // verb call
    0.033918, // verb check
    0.005068, // verb close
    0.008187, // verb confirm
    0.005848, // verb deactivate
    0.004678, // verb delete
    0.023392, // verb email
    0.006238, // verb extend
    0.008187, // verb fill
    0.004678, // verb find
    0.017934, // verb forward
    0.035088, // verb get
    0.005068, // verb give
    0.162183, // verb have
    0.051462, // verb hold
    0.006628, // verb pass
    0.016374, // verb put
    0.006238, // verb run
    0.005458, // verb schedule
    0.364133, // verb send
    0.019103, // verb set
    0.005458, // verb share
    0.005068, // verb ship
    0.020663, // verb sign
    0.010136, // verb take
    0.009747, // verb talk
    0.005458, // verb write
  ],
  scale: [
    0.487095, // ownerRep
    0.487095, // ownerCustomer
    0.421593, // hasDueDate
    0.708438, // evidenceCount
    3.01055, // textWords
    1.930762, // objectWords
    0.299219, // pronounObject
    0.182019, // vagueText
    0.410423, // promise
    0.158332, // letMe
    0.356401, // question
    0.263155, // request
    0.275354, // conditional
    0.129845, // hedge
    0.159495, // obligation
    10.231573, // quoteWords
    0.201094, // position
    0.319332, // mentionedElsewhere
    0.38305, // mentionedLate
    1.520864, // callItems
    0.430663, // itemsPerTenTurns
    0.467611, // sameHead
    0.105687, // maxSimilarity
    0.349487, // sharedEvidence
    0.491715, // namedInText
    0.49911, // acknowledged
    0.068238, // verb add
    0.157159, // verb ask
    0.085747, // verb book
    0.161793, // verb call
    0.181018, // verb check
    0.071011, // verb close
    0.090112, // verb confirm
    0.076248, // verb deactivate
    0.068238, // verb delete
    0.151144, // verb email
    0.078733, // verb extend
    0.090112, // verb fill
    0.068238, // verb find
    0.132711, // verb forward
    0.184002, // verb get
    0.071011, // verb give
    0.368619, // verb have
    0.220938, // verb hold
    0.08114, // verb pass
    0.12691, // verb put
    0.078733, // verb run
    0.073677, // verb schedule
    0.481186, // verb send
    0.136888, // verb set
    0.073677, // verb share
    0.071011, // verb ship
    0.142253, // verb sign
    0.100168, // verb take
    0.098243, // verb talk
    0.073677, // verb write
  ],
  weights: [
    -0.112935, // ownerRep
    0.112935, // ownerCustomer
    0.315724, // hasDueDate
    0.156482, // evidenceCount
    0.059974, // textWords
    0.993045, // objectWords
    -0.24626, // pronounObject
    0.033182, // vagueText
    0.234268, // promise
    -0.140252, // letMe
    0.124041, // question
    -0.306359, // request
    -0.195265, // conditional
    -0.101918, // hedge
    -0.085487, // obligation
    0.583654, // quoteWords
    -0.027146, // position
    0.300196, // mentionedElsewhere
    0.071822, // mentionedLate
    -0.663432, // callItems
    0.44635, // itemsPerTenTurns
    -0.120531, // sameHead
    -0.406265, // maxSimilarity
    0.021174, // sharedEvidence
    0.114103, // namedInText
    0.191892, // acknowledged
    -0.073281, // verb add
    -0.067763, // verb ask
    -0.002771, // verb book
    -0.149767, // verb call
    -0.068729, // verb check
    0.012571, // verb close
    0.073317, // verb confirm
    0.130661, // verb deactivate
    -0.173766, // verb delete
    0.125859, // verb email
    0.108966, // verb extend
    0.49227, // verb fill
    -0.041909, // verb find
    0.203829, // verb forward
    -0.08317, // verb get
    -0.101837, // verb give
    0.183748, // verb have
    0.102734, // verb hold
    0.005676, // verb pass
    -0.085905, // verb put
    0.098096, // verb run
    -0.015678, // verb schedule
    0.370357, // verb send
    0.132443, // verb set
    0.29347, // verb share
    -0.051171, // verb ship
    0.047423, // verb sign
    -0.200675, // verb take
    -0.218159, // verb talk
    -0.093335, // verb write
  ],
  bias: 2.103734,
  threshold: 0.35,
  trainedOn: "526 English dev calls, 2565 tasks; held out in 5 folds: AUC 0.848, at the threshold 1975 of 2028 real tasks kept and 361 of 537 others",
};
