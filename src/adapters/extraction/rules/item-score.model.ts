// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.
import type { ItemModel } from './item-score.ts';

export const ITEM_MODEL: ItemModel = {
  verbs: ["add","ask","book","call","cancel","check","close","confirm","countersign","deactivate","email","extend","fill","find","forward","get","have","hold","pass","pull","put","run","schedule","send","set","share","ship","sign","take","talk","write"],
  mean: [
    0.608658, // ownerRep
    0.391342, // ownerCustomer
    0.793799, // hasDueDate
    1.846739, // evidenceCount
    6.821, // textWords
    3.575899, // objectWords
    0.105001, // pronounObject
    0.025446, // vagueText
    0.79029, // promise
    0.023691, // letMe
    0.165838, // question
    0.077508, // request
    0.077801, // conditional
    0.020474, // hedge
    0.028371, // obligation
    21.379058, // quoteWords
    0.501845, // position
    0.706815, // mentionedElsewhere
    0.399316, // mentionedLate
    5.039193, // callItems
    1.016539, // itemsPerTenTurns
    0.205908, // sameHead
    0.080079, // maxSimilarity
    0.097689, // sharedEvidence
    0.413571, // namedInText
    0.458321, // acknowledged
    0.003802, // verb add
    0.031881, // verb ask
    0.007897, // verb book
    0.027493, // verb call
    0.005265, // verb cancel
    0.029248, // verb check
    0.004972, // verb close
    0.009652, // verb confirm
    0.004095, // verb countersign
    0.00468, // verb deactivate
    0.022814, // verb email
    0.005265, // verb extend
    0.00819, // verb fill
    0.004972, // verb find
    0.016672, // verb forward
    0.031881, // verb get
    0.174612, // verb have
    0.052354, // verb hold
    0.007312, // verb pass
    0.003802, // verb pull
    0.012284, // verb put
    0.00585, // verb run
    0.00351, // verb schedule
    0.376426, // verb send
    0.017257, // verb set
    0.004387, // verb share
    0.006142, // verb ship
    0.019596, // verb sign
    0.008774, // verb take
    0.007605, // verb talk
    0.005557, // verb write
  ],
  scale: [
    0.488051, // ownerRep
    0.488051, // ownerCustomer
    0.404576, // hasDueDate
    0.724713, // evidenceCount
    2.989327, // textWords
    1.907104, // objectWords
    0.306555, // pronounObject
    0.157476, // vagueText
    0.407102, // promise
    0.152085, // letMe
    0.371935, // question
    0.267396, // request
    0.267857, // conditional
    0.141614, // hedge
    0.16603, // obligation
    10.473755, // quoteWords
    0.201239, // position
    0.318824, // mentionedElsewhere
    0.375637, // mentionedLate
    1.452851, // callItems
    0.400204, // itemsPerTenTurns
    0.449575, // sameHead
    0.103258, // maxSimilarity
    0.305632, // sharedEvidence
    0.492473, // namedInText
    0.49826, // acknowledged
    0.061545, // verb add
    0.175682, // verb ask
    0.088514, // verb book
    0.163516, // verb call
    0.072367, // verb cancel
    0.168502, // verb check
    0.070338, // verb close
    0.097769, // verb confirm
    0.063859, // verb countersign
    0.068248, // verb deactivate
    0.149309, // verb email
    0.072367, // verb extend
    0.090125, // verb fill
    0.070338, // verb find
    0.128037, // verb forward
    0.175682, // verb get
    0.379635, // verb have
    0.222741, // verb hold
    0.085197, // verb pass
    0.061545, // verb pull
    0.110152, // verb put
    0.076259, // verb run
    0.059139, // verb schedule
    0.484489, // verb send
    0.130226, // verb set
    0.066091, // verb share
    0.078131, // verb ship
    0.138609, // verb sign
    0.09326, // verb take
    0.086872, // verb talk
    0.074339, // verb write
  ],
  weights: [
    -0.080607, // ownerRep
    0.080607, // ownerCustomer
    0.348204, // hasDueDate
    0.185795, // evidenceCount
    0.315024, // textWords
    0.815577, // objectWords
    -0.335353, // pronounObject
    0.001927, // vagueText
    0.166411, // promise
    -0.171198, // letMe
    0.005496, // question
    -0.206612, // request
    -0.184207, // conditional
    -0.075686, // hedge
    -0.043749, // obligation
    0.646143, // quoteWords
    -0.026079, // position
    0.178478, // mentionedElsewhere
    0.18164, // mentionedLate
    -0.633407, // callItems
    0.43137, // itemsPerTenTurns
    -0.129486, // sameHead
    -0.365438, // maxSimilarity
    0.006724, // sharedEvidence
    0.081734, // namedInText
    0.172213, // acknowledged
    -0.051248, // verb add
    -0.040498, // verb ask
    0.075956, // verb book
    -0.060029, // verb call
    0.042369, // verb cancel
    -0.011861, // verb check
    0.038063, // verb close
    0.09411, // verb confirm
    0.077989, // verb countersign
    0.092515, // verb deactivate
    0.157077, // verb email
    0.042514, // verb extend
    0.169012, // verb fill
    0.049057, // verb find
    0.227922, // verb forward
    -0.103926, // verb get
    0.24028, // verb have
    0.133074, // verb hold
    -0.00688, // verb pass
    -0.030578, // verb pull
    0.03822, // verb put
    0.073976, // verb run
    0.010712, // verb schedule
    0.314815, // verb send
    0.062306, // verb set
    0.284774, // verb share
    0.016781, // verb ship
    0.020602, // verb sign
    -0.157365, // verb take
    -0.153764, // verb talk
    -0.094596, // verb write
  ],
  bias: 2.295296,
  threshold: 0.37,
  trainedOn: "742 English dev calls, 3419 tasks; held out in 5 folds: AUC 0.845, at the threshold 2732 of 2792 real tasks kept and 418 of 627 others",
};
