// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612476, // ownerRep
    0.387524, // ownerCustomer
    0.769201, // hasDueDate
    1.777778, // evidenceCount
    6.671345, // textWords
    3.476803, // objectWords
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
    0.509425, // position
    0.710195, // mentionedElsewhere
    0.409947, // mentionedLate
    5.338402, // callItems
    1.095061, // itemsPerTenTurns
    0.219103, // sameHead
    0.085639, // maxSimilarity
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
    0.487185, // ownerRep
    0.487185, // ownerCustomer
    0.421344, // hasDueDate
    0.707887, // evidenceCount
    3.015098, // textWords
    1.930959, // objectWords
    0.299219, // pronounObject
    0.182019, // vagueText
    0.410423, // promise
    0.158332, // letMe
    0.356401, // question
    0.263155, // request
    0.275354, // conditional
    0.129845, // hedge
    0.159495, // obligation
    10.230887, // quoteWords
    0.20095, // position
    0.319302, // mentionedElsewhere
    0.383062, // mentionedLate
    1.518985, // callItems
    0.430629, // itemsPerTenTurns
    0.467611, // sameHead
    0.105563, // maxSimilarity
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
    -0.109749, // ownerRep
    0.109749, // ownerCustomer
    0.311617, // hasDueDate
    0.168212, // evidenceCount
    0.042399, // textWords
    1.023017, // objectWords
    -0.242961, // pronounObject
    0.035009, // vagueText
    0.233398, // promise
    -0.14252, // letMe
    0.122471, // question
    -0.306313, // request
    -0.195341, // conditional
    -0.101014, // hedge
    -0.085002, // obligation
    0.572122, // quoteWords
    -0.022365, // position
    0.303723, // mentionedElsewhere
    0.073373, // mentionedLate
    -0.661741, // callItems
    0.447596, // itemsPerTenTurns
    -0.116745, // sameHead
    -0.409364, // maxSimilarity
    0.021888, // sharedEvidence
    0.110206, // namedInText
    0.190845, // acknowledged
    -0.073902, // verb add
    -0.066948, // verb ask
    -0.002677, // verb book
    -0.150185, // verb call
    -0.067525, // verb check
    0.013167, // verb close
    0.073348, // verb confirm
    0.131412, // verb deactivate
    -0.172946, // verb delete
    0.126625, // verb email
    0.109097, // verb extend
    0.492768, // verb fill
    -0.042152, // verb find
    0.205421, // verb forward
    -0.081551, // verb get
    -0.100714, // verb give
    0.18712, // verb have
    0.104535, // verb hold
    0.00645, // verb pass
    -0.086117, // verb put
    0.097403, // verb run
    -0.01484, // verb schedule
    0.372842, // verb send
    0.133494, // verb set
    0.295612, // verb share
    -0.0508, // verb ship
    0.0487, // verb sign
    -0.200794, // verb take
    -0.218137, // verb talk
    -0.092538, // verb write
  ],
  bias: 2.106372,
  threshold: 0.35,
  trainedOn: "526 English dev calls, 2565 tasks; held out in 5 folds: AUC 0.848, at the threshold 1977 of 2028 real tasks kept and 361 of 537 others",
};
