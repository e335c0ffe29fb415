// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608199, // ownerRep
    0.391801, // ownerCustomer
    0.794436, // hasDueDate
    1.847731, // evidenceCount
    6.826061, // textWords
    3.578624, // objectWords
    0.105124, // pronounObject
    0.024597, // vagueText
    0.791215, // promise
    0.023719, // letMe
    0.165739, // question
    0.077599, // request
    0.077892, // conditional
    0.020498, // hedge
    0.028404, // obligation
    21.395315, // quoteWords
    0.502044, // position
    0.706618, // mentionedElsewhere
    0.398905, // mentionedLate
    5.032211, // callItems
    1.015719, // itemsPerTenTurns
    0.206149, // sameHead
    0.080173, // maxSimilarity
    0.097804, // sharedEvidence
    0.413177, // namedInText
    0.458858, // acknowledged
    0.003807, // verb add
    0.031918, // verb ask
    0.007906, // verb book
    0.027526, // verb call
    0.005271, // verb cancel
    0.029283, // verb check
    0.004978, // verb close
    0.009663, // verb confirm
    0.0041, // verb countersign
    0.004685, // verb deactivate
    0.02284, // verb email
    0.005271, // verb extend
    0.008199, // verb fill
    0.004978, // verb find
    0.016691, // verb forward
    0.031918, // verb get
    0.174817, // verb have
    0.052416, // verb hold
    0.007321, // verb pass
    0.003807, // verb pull
    0.012299, // verb put
    0.005857, // verb run
    0.376867, // verb send
    0.017277, // verb set
    0.004392, // verb share
    0.006149, // verb ship
    0.019619, // verb sign
    0.008785, // verb take
    0.007613, // verb talk
    0.005564, // verb write
  ],
  scale: [
    0.488153, // ownerRep
    0.488153, // ownerCustomer
    0.404113, // hasDueDate
    0.724558, // evidenceCount
    2.987268, // textWords
    1.9065, // objectWords
    0.306714, // pronounObject
    0.154895, // vagueText
    0.40644, // promise
    0.152172, // letMe
    0.371847, // question
    0.267539, // request
    0.268001, // conditional
    0.141696, // hedge
    0.166124, // obligation
    10.468307, // quoteWords
    0.201076, // position
    0.318872, // mentionedElsewhere
    0.375372, // mentionedLate
    1.450244, // callItems
    0.400272, // itemsPerTenTurns
    0.449783, // sameHead
    0.103282, // maxSimilarity
    0.305793, // sharedEvidence
    0.492404, // namedInText
    0.498304, // acknowledged
    0.061581, // verb add
    0.175782, // verb ask
    0.088565, // verb book
    0.163609, // verb call
    0.072409, // verb cancel
    0.168597, // verb check
    0.070379, // verb close
    0.097826, // verb confirm
    0.063896, // verb countersign
    0.068288, // verb deactivate
    0.149395, // verb email
    0.072409, // verb extend
    0.090177, // verb fill
    0.070379, // verb find
    0.128111, // verb forward
    0.175782, // verb get
    0.37981, // verb have
    0.222864, // verb hold
    0.085247, // verb pass
    0.061581, // verb pull
    0.110215, // verb put
    0.076303, // verb run
    0.484601, // verb send
    0.130301, // verb set
    0.066129, // verb share
    0.078176, // verb ship
    0.138688, // verb sign
    0.093315, // verb take
    0.086922, // verb talk
    0.074382, // verb write
  ],
  weights: [
    -0.07792, // ownerRep
    0.07792, // ownerCustomer
    0.347401, // hasDueDate
    0.18148, // evidenceCount
    0.313595, // textWords
    0.81361, // objectWords
    -0.337223, // pronounObject
    0.007178, // vagueText
    0.158417, // promise
    -0.172518, // letMe
    0.01546, // question
    -0.213429, // request
    -0.18586, // conditional
    -0.076374, // hedge
    -0.045324, // obligation
    0.647369, // quoteWords
    -0.029565, // position
    0.178678, // mentionedElsewhere
    0.181593, // mentionedLate
    -0.632424, // callItems
    0.431949, // itemsPerTenTurns
    -0.131342, // sameHead
    -0.366606, // maxSimilarity
    0.008005, // sharedEvidence
    0.084142, // namedInText
    0.170406, // acknowledged
    -0.053378, // verb add
    -0.045617, // verb ask
    0.072791, // verb book
    -0.068213, // verb call
    0.040512, // verb cancel
    -0.018344, // verb check
    0.035916, // verb close
    0.091156, // verb confirm
    0.075709, // verb countersign
    0.090391, // verb deactivate
    0.152794, // verb email
    0.038919, // verb extend
    0.167411, // verb fill
    0.045189, // verb find
    0.225063, // verb forward
    -0.109622, // verb get
    0.227486, // verb have
    0.11972, // verb hold
    -0.008865, // verb pass
    -0.03189, // verb pull
    0.034509, // verb put
    0.071868, // verb run
    0.299565, // verb send
    0.057565, // verb set
    0.283738, // verb share
    0.013912, // verb ship
    0.016746, // verb sign
    -0.161473, // verb take
    -0.155757, // verb talk
    -0.096325, // verb write
  ],
  bias: 2.299475,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3415 tasks; held out in 5 folds: AUC 0.844, at the threshold 2732 of 2792 real tasks kept and 418 of 623 others",
};
