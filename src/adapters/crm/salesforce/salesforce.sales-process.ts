import type { StageKey } from '../../../domain/insights.ts';
import { refusedChange } from '../../../errors/app-error.ts';
import { once } from '../memo.ts';
import type { SalesforceClient } from './salesforce.client.ts';
import { SfPicklistValues, SfRecordTypeOf, parseAnswer } from './salesforce.schemas.ts';

/** The master record type: an opportunity's when the org has no Opportunity record types. */
const MASTER_RECORD_TYPE = '012000000000000AAA';

/**
 * Which StageName a stage write uses. Each Opportunity record type has its sales process, a subset of the StageName
 * picklist, and the API takes any StageName of the picklist whatever the record type: a name from another process would
 * put the opportunity at a stage its process lacks.
 */
export function salesProcesses(http: SalesforceClient, stageMap: Record<StageKey, string[]>) {
  const stagesByRecordType = new Map<string, Promise<string[]>>();

  /** The StageNames of a record type's sales process (User Interface API, v41.0+), cached per instance; `fresh` asks again. */
  function processStages(recordTypeId: string, fresh = false): Promise<string[]> {
    if (fresh) stagesByRecordType.delete(recordTypeId);
    return once(stagesByRecordType, recordTypeId, async () => {
      const res = await http.request({ method: 'GET', path: `/ui-api/object-info/Opportunity/picklist-values/${recordTypeId}/StageName` });
      return parseAnswer(SfPicklistValues, res.body, `the StageNames of record type ${recordTypeId}`).values.map((v) => v.value);
    });
  }

  return {
    /**
     * The StageName to write for a stage key. With one name mapped to it, that one (Salesforce refuses a name its picklist
     * lacks). With several (the default map, or one name per sales process in CRM_STAGE_MAP), the first the
     * opportunity's sales process has; none of them is refused for a person.
     */
    async stageNameFor(opportunityId: string, stage: StageKey): Promise<string> {
      const names = stageMap[stage];
      if (names.length === 1) return names[0]!;
      // Read by id, not by SOQL: RecordTypeId exists only in orgs with Opportunity record types (a query naming it fails elsewhere).
      const res = await http.request({ method: 'GET', path: `/sobjects/Opportunity/${opportunityId}` });
      const recordTypeId = parseAnswer(SfRecordTypeOf, res.body, `opportunity ${opportunityId}`).RecordTypeId ?? MASTER_RECORD_TYPE;
      const pick = (stages: string[]) => names.find((n) => stages.includes(n));
      const target = pick(await processStages(recordTypeId)) ?? pick(await processStages(recordTypeId, true));
      if (target) return target;
      throw refusedChange(
        'SALESFORCE_STAGE_UNKNOWN',
        `None of the StageNames mapped to ${stage} (${names.join(', ')}) is in the sales process of opportunity ${opportunityId} (record type ${recordTypeId}), ` +
          `whose stages are ${(await processStages(recordTypeId)).join(', ')}. Map one of them to ${stage} in CRM_STAGE_MAP (StageNames), or move the opportunity by hand.`,
      );
    },
  };
}
