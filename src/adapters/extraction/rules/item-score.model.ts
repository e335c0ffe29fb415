// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.612069, // ownerRep
    0.387931, // ownerCustomer
    0.772215, // hasDueDate
    1.789788, // evidenceCount
    6.769562, // textWords
    3.535809, // objectWords
    0.101459, // pronounObject
    0.027188, // vagueText
    0.785477, // promise
    0.023873, // letMe
    0.14821, // question
    0.074934, // request
    0.083554, // conditional
    0.016578, // hedge
    0.027188, // obligation
    20.990385, // quoteWords
    0.505111, // position
    0.708649, // mentionedElsewhere
    0.411016, // mentionedLate
    5.293767, // callItems
    1.078168, // itemsPerTenTurns
    0.229111, // sameHead
    0.087341, // maxSimilarity
    0.126326, // sharedEvidence
    0.41313, // namedInText
    0.467175, // acknowledged
    0.00431, // verb add
    0.030836, // verb ask
    0.0063, // verb book
    0.027851, // verb call
    0.00431, // verb cancel
    0.035477, // verb check
    0.005305, // verb close
    0.007958, // verb confirm
    0.005305, // verb deactivate
    0.00431, // verb delete
    0.02122, // verb email
    0.005637, // verb extend
    0.008289, // verb fill
    0.004642, // verb find
    0.017573, // verb forward
    0.031499, // verb get
    0.00431, // verb give
    0.163793, // verb have
    0.050066, // verb hold
    0.006631, // verb pass
    0.015252, // verb put
    0.005968, // verb run
    0.004973, // verb schedule
    0.368369, // verb send
    0.018568, // verb set
    0.004973, // verb share
    0.005637, // verb ship
    0.021552, // verb sign
    0.009947, // verb take
    0.010279, // verb talk
    0.005968, // verb write
  ],
  scale: [
    0.487279, // ownerRep
    0.487279, // ownerCustomer
    0.419403, // hasDueDate
    0.712415, // evidenceCount
    3.005457, // textWords
    1.923446, // objectWords
    0.301935, // pronounObject
    0.162632, // vagueText
    0.410491, // promise
    0.152652, // letMe
    0.355308, // question
    0.263284, // request
    0.276718, // conditional
    0.127685, // hedge
    0.162632, // obligation
    10.374786, // quoteWords
    0.20198, // position
    0.316147, // mentionedElsewhere
    0.377521, // mentionedLate
    1.495985, // callItems
    0.411491, // itemsPerTenTurns
    0.478546, // sameHead
    0.10745, // maxSimilarity
    0.351611, // sharedEvidence
    0.492396, // namedInText
    0.498921, // acknowledged
    0.065512, // verb add
    0.172872, // verb ask
    0.07912, // verb book
    0.164547, // verb call
    0.065512, // verb cancel
    0.184983, // verb check
    0.072642, // verb close
    0.08885, // verb confirm
    0.072642, // verb deactivate
    0.065512, // verb delete
    0.144118, // verb email
    0.074865, // verb extend
    0.090667, // verb fill
    0.067973, // verb find
    0.131393, // verb forward
    0.174661, // verb get
    0.065512, // verb give
    0.370088, // verb have
    0.218082, // verb hold
    0.081162, // verb pass
    0.122554, // verb put
    0.077023, // verb run
    0.070347, // verb schedule
    0.482362, // verb send
    0.134992, // verb set
    0.070347, // verb share
    0.074865, // verb ship
    0.145214, // verb sign
    0.099237, // verb take
    0.100861, // verb talk
    0.077023, // verb write
  ],
  weights: [
    -0.098191, // ownerRep
    0.098191, // ownerCustomer
    0.293511, // hasDueDate
    0.260757, // evidenceCount
    0.244614, // textWords
    0.903112, // objectWords
    -0.308875, // pronounObject
    0.071327, // vagueText
    0.229378, // promise
    -0.162366, // letMe
    0.027567, // question
    -0.248761, // request
    -0.193179, // conditional
    -0.079523, // hedge
    -0.084781, // obligation
    0.522461, // quoteWords
    -0.015251, // position
    0.216135, // mentionedElsewhere
    0.106911, // mentionedLate
    -0.592899, // callItems
    0.384767, // itemsPerTenTurns
    -0.124898, // sameHead
    -0.395719, // maxSimilarity
    -0.028799, // sharedEvidence
    0.073875, // namedInText
    0.201734, // acknowledged
    -0.091127, // verb add
    -0.054068, // verb ask
    0.029732, // verb book
    -0.11467, // verb call
    0.115359, // verb cancel
    -0.055767, // verb check
    0.019272, // verb close
    0.071983, // verb confirm
    0.14577, // verb deactivate
    -0.137356, // verb delete
    0.151602, // verb email
    0.073074, // verb extend
    0.251495, // verb fill
    -0.011626, // verb find
    0.207584, // verb forward
    -0.099733, // verb get
    -0.082855, // verb give
    0.220641, // verb have
    0.190592, // verb hold
    -0.004103, // verb pass
    -0.049851, // verb put
    0.108991, // verb run
    0.003272, // verb schedule
    0.385667, // verb send
    0.109345, // verb set
    0.314366, // verb share
    -0.011655, // verb ship
    0.030922, // verb sign
    -0.112266, // verb take
    -0.200904, // verb talk
    -0.077324, // verb write
  ],
  bias: 2.092179,
  threshold: 0.37,
  trainedOn: "622 English dev calls, 3016 tasks; held out in 5 folds: AUC 0.848, at the threshold 2326 of 2390 real tasks kept and 405 of 626 others",
};
