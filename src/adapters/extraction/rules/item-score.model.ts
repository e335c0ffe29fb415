// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612872, // ownerRep
    0.387128, // ownerCustomer
    0.776817, // hasDueDate
    1.808197, // evidenceCount
    6.782261, // textWords
    3.537944, // objectWords
    0.104387, // pronounObject
    0.027217, // vagueText
    0.785463, // promise
    0.024336, // letMe
    0.151137, // question
    0.075568, // request
    0.080692, // conditional
    0.017291, // hedge
    0.027538, // obligation
    20.821966, // quoteWords
    0.503656, // position
    0.708467, // mentionedElsewhere
    0.407939, // mentionedLate
    5.23375, // callItems
    1.060389, // itemsPerTenTurns
    0.226705, // sameHead
    0.084887, // maxSimilarity
    0.110471, // sharedEvidence
    0.408261, // namedInText
    0.464297, // acknowledged
    0.004163, // verb add
    0.03074, // verb ask
    0.007045, // verb book
    0.028178, // verb call
    0.004483, // verb cancel
    0.034582, // verb check
    0.005123, // verb close
    0.007685, // verb confirm
    0.004163, // verb countersign
    0.005123, // verb deactivate
    0.022094, // verb email
    0.005764, // verb extend
    0.008325, // verb fill
    0.004163, // verb find
    0.017291, // verb forward
    0.03138, // verb get
    0.004163, // verb give
    0.164265, // verb have
    0.051233, // verb hold
    0.007365, // verb pass
    0.014409, // verb put
    0.005764, // verb run
    0.005443, // verb schedule
    0.371438, // verb send
    0.018252, // verb set
    0.004803, // verb share
    0.005443, // verb ship
    0.020493, // verb sign
    0.009606, // verb take
    0.009926, // verb talk
    0.005764, // verb write
  ],
  scale: [
    0.487093, // ownerRep
    0.487093, // ownerCustomer
    0.41638, // hasDueDate
    0.717583, // evidenceCount
    3.019837, // textWords
    1.926795, // objectWords
    0.305762, // pronounObject
    0.162716, // vagueText
    0.410501, // promise
    0.154089, // letMe
    0.358182, // question
    0.264306, // request
    0.272361, // conditional
    0.130354, // hedge
    0.163644, // obligation
    10.33764, // quoteWords
    0.202941, // position
    0.318893, // mentionedElsewhere
    0.377935, // mentionedLate
    1.504967, // callItems
    0.408609, // itemsPerTenTurns
    0.475292, // sameHead
    0.106072, // maxSimilarity
    0.325502, // sharedEvidence
    0.491512, // namedInText
    0.498724, // acknowledged
    0.064384, // verb add
    0.172612, // verb ask
    0.083635, // verb book
    0.165481, // verb call
    0.066804, // verb cancel
    0.182719, // verb check
    0.071393, // verb close
    0.087326, // verb confirm
    0.064384, // verb countersign
    0.071393, // verb deactivate
    0.14699, // verb email
    0.0757, // verb extend
    0.090863, // verb fill
    0.064384, // verb find
    0.130354, // verb forward
    0.174343, // verb get
    0.064384, // verb give
    0.370516, // verb have
    0.220472, // verb hold
    0.085501, // verb pass
    0.11917, // verb put
    0.0757, // verb run
    0.073579, // verb schedule
    0.483189, // verb send
    0.13386, // verb set
    0.069138, // verb share
    0.073579, // verb ship
    0.14168, // verb sign
    0.097539, // verb take
    0.099135, // verb talk
    0.0757, // verb write
  ],
  weights: [
    -0.110263, // ownerRep
    0.110263, // ownerCustomer
    0.318469, // hasDueDate
    0.244238, // evidenceCount
    0.250926, // textWords
    0.878131, // objectWords
    -0.30342, // pronounObject
    0.046657, // vagueText
    0.200226, // promise
    -0.182961, // letMe
    -0.005651, // question
    -0.209509, // request
    -0.19479, // conditional
    -0.098382, // hedge
    -0.093102, // obligation
    0.586134, // quoteWords
    -0.005138, // position
    0.15798, // mentionedElsewhere
    0.151559, // mentionedLate
    -0.631887, // callItems
    0.422018, // itemsPerTenTurns
    -0.149092, // sameHead
    -0.348398, // maxSimilarity
    0.014732, // sharedEvidence
    0.097471, // namedInText
    0.174842, // acknowledged
    -0.080322, // verb add
    -0.054469, // verb ask
    0.052514, // verb book
    -0.105943, // verb call
    0.110934, // verb cancel
    -0.027624, // verb check
    0.036279, // verb close
    0.131883, // verb confirm
    0.077626, // verb countersign
    0.108636, // verb deactivate
    0.146718, // verb email
    0.054404, // verb extend
    0.165536, // verb fill
    0.042178, // verb find
    0.222982, // verb forward
    -0.077557, // verb get
    -0.083525, // verb give
    0.215019, // verb have
    0.189804, // verb hold
    -0.008053, // verb pass
    -0.049193, // verb put
    0.114149, // verb run
    -0.008285, // verb schedule
    0.363783, // verb send
    0.1123, // verb set
    0.296252, // verb share
    0.059088, // verb ship
    0.026793, // verb sign
    -0.117025, // verb take
    -0.186312, // verb talk
    -0.081611, // verb write
  ],
  bias: 2.11203,
  threshold: 0.37,
  trainedOn: "654 English dev calls, 3123 tasks; held out in 5 folds: AUC 0.850, at the threshold 2413 of 2482 real tasks kept and 415 of 641 others",
};
