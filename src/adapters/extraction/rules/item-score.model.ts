// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608084, // ownerRep
    0.391916, // ownerCustomer
    0.794376, // hasDueDate
    1.857645, // evidenceCount
    6.825718, // textWords
    3.5785, // objectWords
    0.105155, // pronounObject
    0.024605, // vagueText
    0.791447, // promise
    0.023726, // letMe
    0.166374, // question
    0.078207, // request
    0.079965, // conditional
    0.020797, // hedge
    0.028412, // obligation
    21.741652, // quoteWords
    0.501936, // position
    0.700809, // mentionedElsewhere
    0.399022, // mentionedLate
    5.029877, // callItems
    1.015465, // itemsPerTenTurns
    0.205917, // sameHead
    0.079922, // maxSimilarity
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
    0.729497, // evidenceCount
    2.987638, // textWords
    1.906765, // objectWords
    0.306753, // pronounObject
    0.154917, // vagueText
    0.406274, // promise
    0.152194, // letMe
    0.372416, // question
    0.268498, // request
    0.271239, // conditional
    0.142703, // hedge
    0.166148, // obligation
    10.789243, // quoteWords
    0.201007, // position
    0.320874, // mentionedElsewhere
    0.375365, // mentionedLate
    1.448284, // callItems
    0.400377, // itemsPerTenTurns
    0.449644, // sameHead
    0.102901, // maxSimilarity
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
    -0.079757, // ownerRep
    0.079757, // ownerCustomer
    0.345714, // hasDueDate
    0.175138, // evidenceCount
    0.29961, // textWords
    0.861351, // objectWords
    -0.33424, // pronounObject
    0.008387, // vagueText
    0.151093, // promise
    -0.176452, // letMe
    0.043344, // question
    -0.227796, // request
    -0.194551, // conditional
    -0.08125, // hedge
    -0.04475, // obligation
    0.66725, // quoteWords
    -0.029776, // position
    0.19331, // mentionedElsewhere
    0.17535, // mentionedLate
    -0.65398, // callItems
    0.436325, // itemsPerTenTurns
    -0.125336, // sameHead
    -0.377074, // maxSimilarity
    0.02221, // sharedEvidence
    0.091936, // namedInText
    0.170526, // acknowledged
    -0.052968, // verb add
    -0.045888, // verb ask
    0.075674, // verb book
    -0.068371, // verb call
    0.043054, // verb cancel
    -0.01911, // verb check
    0.036185, // verb close
    0.094597, // verb confirm
    0.076495, // verb countersign
    0.092179, // verb deactivate
    0.155636, // verb email
    0.039937, // verb extend
    0.160652, // verb fill
    0.046393, // verb find
    0.227863, // verb forward
    -0.107929, // verb get
    0.218283, // verb have
    0.119873, // verb hold
    -0.006867, // verb pass
    -0.032462, // verb pull
    0.037458, // verb put
    0.074093, // verb run
    0.322842, // verb send
    0.060961, // verb set
    0.28338, // verb share
    0.014167, // verb ship
    0.020773, // verb sign
    -0.165759, // verb take
    -0.157435, // verb talk
    -0.064005, // verb write
  ],
  bias: 2.342715,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3414 tasks; held out in 5 folds: AUC 0.848, at the threshold 2736 of 2797 real tasks kept and 413 of 617 others",
};
