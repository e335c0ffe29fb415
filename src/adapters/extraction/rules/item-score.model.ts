// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","deactivate","delete","email","extend","fill","find","forward","get","give","have","hold","pass","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.614106, // ownerRep
    0.385894, // ownerCustomer
    0.769572, // hasDueDate
    1.780281, // evidenceCount
    6.735598, // textWords
    3.518833, // objectWords
    0.098597, // pronounObject
    0.030281, // vagueText
    0.787297, // promise
    0.024372, // letMe
    0.144018, // question
    0.072747, // request
    0.08161, // conditional
    0.016617, // hedge
    0.027326, // obligation
    20.774003, // quoteWords
    0.508497, // position
    0.710382, // mentionedElsewhere
    0.40973, // mentionedLate
    5.306869, // callItems
    1.0888, // itemsPerTenTurns
    0.223412, // sameHead
    0.086364, // maxSimilarity
    0.121492, // sharedEvidence
    0.411743, // namedInText
    0.470089, // acknowledged
    0.004431, // verb add
    0.028434, // verb ask
    0.007386, // verb book
    0.026957, // verb call
    0.004431, // verb cancel
    0.03582, // verb check
    0.004801, // verb close
    0.007755, // verb confirm
    0.005539, // verb deactivate
    0.004431, // verb delete
    0.022526, // verb email
    0.005908, // verb extend
    0.007755, // verb fill
    0.004801, // verb find
    0.017725, // verb forward
    0.031758, // verb get
    0.004801, // verb give
    0.165066, // verb have
    0.051329, // verb hold
    0.006278, // verb pass
    0.015879, // verb put
    0.005908, // verb run
    0.00517, // verb schedule
    0.364476, // verb send
    0.018095, // verb set
    0.00517, // verb share
    0.005539, // verb ship
    0.021049, // verb sign
    0.010709, // verb take
    0.00997, // verb talk
    0.005539, // verb write
  ],
  scale: [
    0.486806, // ownerRep
    0.486806, // ownerCustomer
    0.421107, // hasDueDate
    0.70822, // evidenceCount
    3.028343, // textWords
    1.941732, // objectWords
    0.29812, // pronounObject
    0.171358, // vagueText
    0.409219, // promise
    0.154202, // letMe
    0.351108, // question
    0.259721, // request
    0.27377, // conditional
    0.127833, // hedge
    0.163033, // obligation
    10.239266, // quoteWords
    0.201408, // position
    0.317208, // mentionedElsewhere
    0.379732, // mentionedLate
    1.500368, // callItems
    0.424621, // itemsPerTenTurns
    0.468283, // sameHead
    0.106524, // maxSimilarity
    0.348572, // sharedEvidence
    0.492149, // namedInText
    0.499105, // acknowledged
    0.06642, // verb add
    0.16621, // verb ask
    0.085621, // verb book
    0.161958, // verb call
    0.06642, // verb cancel
    0.185841, // verb check
    0.06912, // verb close
    0.087719, // verb confirm
    0.074219, // verb deactivate
    0.06642, // verb delete
    0.148386, // verb email
    0.076639, // verb extend
    0.087719, // verb fill
    0.06912, // verb find
    0.131951, // verb forward
    0.175354, // verb get
    0.06912, // verb give
    0.371241, // verb have
    0.220669, // verb hold
    0.078983, // verb pass
    0.125007, // verb put
    0.076639, // verb run
    0.071716, // verb schedule
    0.481283, // verb send
    0.133293, // verb set
    0.071716, // verb share
    0.074219, // verb ship
    0.143547, // verb sign
    0.102929, // verb take
    0.099353, // verb talk
    0.074219, // verb write
  ],
  weights: [
    -0.121223, // ownerRep
    0.121223, // ownerCustomer
    0.312056, // hasDueDate
    0.171234, // evidenceCount
    0.122511, // textWords
    0.965991, // objectWords
    -0.259537, // pronounObject
    0.044243, // vagueText
    0.247951, // promise
    -0.128074, // letMe
    0.153281, // question
    -0.315823, // request
    -0.193151, // conditional
    -0.081263, // hedge
    -0.074139, // obligation
    0.54638, // quoteWords
    -0.04871, // position
    0.277623, // mentionedElsewhere
    0.105499, // mentionedLate
    -0.663911, // callItems
    0.434382, // itemsPerTenTurns
    -0.152667, // sameHead
    -0.368757, // maxSimilarity
    -0.000966, // sharedEvidence
    0.096002, // namedInText
    0.184171, // acknowledged
    -0.065659, // verb add
    -0.045988, // verb ask
    0.005499, // verb book
    -0.125563, // verb call
    0.037899, // verb cancel
    -0.071819, // verb check
    0.017639, // verb close
    0.080098, // verb confirm
    0.133386, // verb deactivate
    -0.162881, // verb delete
    0.137065, // verb email
    0.114186, // verb extend
    0.483473, // verb fill
    -0.037387, // verb find
    0.185149, // verb forward
    -0.117144, // verb get
    -0.100098, // verb give
    0.224388, // verb have
    0.110855, // verb hold
    0.009993, // verb pass
    -0.067336, // verb put
    0.099431, // verb run
    -0.012185, // verb schedule
    0.383258, // verb send
    0.136718, // verb set
    0.293159, // verb share
    -0.042348, // verb ship
    0.048858, // verb sign
    -0.102679, // verb take
    -0.217162, // verb talk
    -0.125242, // verb write
  ],
  bias: 2.115727,
  threshold: 0.37,
  trainedOn: "558 English dev calls, 2708 tasks; held out in 5 folds: AUC 0.848, at the threshold 2085 of 2144 real tasks kept and 362 of 564 others",
};
