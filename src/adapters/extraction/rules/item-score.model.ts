// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608084, // ownerRep
    0.391916, // ownerCustomer
    0.794376, // hasDueDate
    1.859402, // evidenceCount
    6.83597, // textWords
    3.584944, // objectWords
    0.105155, // pronounObject
    0.022847, // vagueText
    0.791447, // promise
    0.023726, // letMe
    0.166667, // question
    0.078207, // request
    0.080258, // conditional
    0.020797, // hedge
    0.028705, // obligation
    21.752783, // quoteWords
    0.501936, // position
    0.700214, // mentionedElsewhere
    0.398368, // mentionedLate
    5.029877, // callItems
    1.015465, // itemsPerTenTurns
    0.205624, // sameHead
    0.0799, // maxSimilarity
    0.108963, // sharedEvidence
    0.413298, // namedInText
    0.458992, // acknowledged
    0.003808, // verb add
    0.031927, // verb ask
    0.007909, // verb book
    0.027534, // verb call
    0.005272, // verb cancel
    0.029291, // verb check
    0.004979, // verb close
    0.009666, // verb confirm
    0.004101, // verb countersign
    0.004687, // verb deactivate
    0.022847, // verb email
    0.005272, // verb extend
    0.008202, // verb fill
    0.004979, // verb find
    0.016696, // verb forward
    0.031927, // verb get
    0.174868, // verb have
    0.052431, // verb hold
    0.007323, // verb pass
    0.003808, // verb pull
    0.012302, // verb put
    0.005858, // verb run
    0.376684, // verb send
    0.017282, // verb set
    0.004394, // verb share
    0.006151, // verb ship
    0.019625, // verb sign
    0.008787, // verb take
    0.007616, // verb talk
    0.005565, // verb write
  ],
  scale: [
    0.488178, // ownerRep
    0.488178, // ownerCustomer
    0.404157, // hasDueDate
    0.729437, // evidenceCount
    2.9813, // textWords
    1.904029, // objectWords
    0.306753, // pronounObject
    0.149416, // vagueText
    0.406274, // promise
    0.152194, // letMe
    0.372678, // question
    0.268498, // request
    0.271692, // conditional
    0.142703, // hedge
    0.166977, // obligation
    10.784644, // quoteWords
    0.201007, // position
    0.320711, // mentionedElsewhere
    0.374718, // mentionedLate
    1.448284, // callItems
    0.400377, // itemsPerTenTurns
    0.449452, // sameHead
    0.102897, // maxSimilarity
    0.319941, // sharedEvidence
    0.492425, // namedInText
    0.498316, // acknowledged
    0.06159, // verb add
    0.175807, // verb ask
    0.088578, // verb book
    0.163632, // verb call
    0.07242, // verb cancel
    0.168621, // verb check
    0.07039, // verb close
    0.09784, // verb confirm
    0.063906, // verb countersign
    0.068298, // verb deactivate
    0.149416, // verb email
    0.07242, // verb extend
    0.09019, // verb fill
    0.07039, // verb find
    0.12813, // verb forward
    0.175807, // verb get
    0.379854, // verb have
    0.222895, // verb hold
    0.085259, // verb pass
    0.06159, // verb pull
    0.110231, // verb put
    0.076315, // verb run
    0.484555, // verb send
    0.130319, // verb set
    0.066139, // verb share
    0.078188, // verb ship
    0.138708, // verb sign
    0.093328, // verb take
    0.086935, // verb talk
    0.074393, // verb write
  ],
  weights: [
    -0.080583, // ownerRep
    0.080583, // ownerCustomer
    0.349666, // hasDueDate
    0.16661, // evidenceCount
    0.30628, // textWords
    0.845461, // objectWords
    -0.334977, // pronounObject
    0.010489, // vagueText
    0.151829, // promise
    -0.175351, // letMe
    0.048635, // question
    -0.229077, // request
    -0.190999, // conditional
    -0.08134, // hedge
    -0.040486, // obligation
    0.672795, // quoteWords
    -0.031151, // position
    0.189443, // mentionedElsewhere
    0.172157, // mentionedLate
    -0.651545, // callItems
    0.432234, // itemsPerTenTurns
    -0.122902, // sameHead
    -0.3751, // maxSimilarity
    0.021438, // sharedEvidence
    0.094054, // namedInText
    0.167217, // acknowledged
    -0.052285, // verb add
    -0.044646, // verb ask
    0.075853, // verb book
    -0.083854, // verb call
    0.043565, // verb cancel
    -0.019627, // verb check
    0.036526, // verb close
    0.094749, // verb confirm
    0.076273, // verb countersign
    0.092141, // verb deactivate
    0.155863, // verb email
    0.040473, // verb extend
    0.160563, // verb fill
    0.045601, // verb find
    0.227849, // verb forward
    -0.108168, // verb get
    0.22072, // verb have
    0.116883, // verb hold
    -0.006559, // verb pass
    -0.032068, // verb pull
    0.037846, // verb put
    0.07485, // verb run
    0.322847, // verb send
    0.060717, // verb set
    0.283367, // verb share
    0.013862, // verb ship
    0.020472, // verb sign
    -0.164937, // verb take
    -0.157205, // verb talk
    -0.063603, // verb write
  ],
  bias: 2.341323,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3414 tasks; held out in 5 folds: AUC 0.848, at the threshold 2737 of 2798 real tasks kept and 414 of 616 others",
};
