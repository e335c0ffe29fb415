import type { Config } from '../../config/env.ts';
import type { CrmLink } from '../../review/call-view.ts';

type LinkOf = (kind: CrmLink['kind'], id: string) => string | null;

/** HubSpot's object type ids in record URLs: contacts, deals, calls, tasks. */
const HUBSPOT_TYPE: Record<CrmLink['kind'], string> = { contact: '0-1', deal: '0-3', call_log: '0-48', task: '0-27' };
const SALESFORCE_OBJECT: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Opportunity', call_log: 'Task', task: 'Task' };

/**
 * Links from the call page to the records in the CRM's own web app, where we know its address:
 * Salesforce from the instance URL; HubSpot with HUBSPOT_PORTAL_ID; Pipedrive people and deals with
 * PIPEDRIVE_COMPANY_DOMAIN (its activities have no page of their own). Null where there is none.
 */
export function crmRecordLinks(config: Config): LinkOf | undefined {
  const safeId = (id: string) => encodeURIComponent(id);
  switch (config.crm) {
    case 'salesforce': {
      const base = config.salesforce?.instanceUrl.replace(/\/+$/, '');
      return base ? (kind, id) => `${base}/lightning/r/${SALESFORCE_OBJECT[kind]}/${safeId(id)}/view` : undefined;
    }
    case 'hubspot': {
      const portal = config.hubspot?.portalId;
      return portal ? (kind, id) => `https://app.hubspot.com/contacts/${portal}/record/${HUBSPOT_TYPE[kind]}/${safeId(id)}` : undefined;
    }
    case 'pipedrive': {
      const domain = config.pipedrive?.companyDomain;
      if (!domain) return undefined;
      return (kind, id) => (kind === 'contact' ? `https://${domain}.pipedrive.com/person/${safeId(id)}` : kind === 'deal' ? `https://${domain}.pipedrive.com/deal/${safeId(id)}` : null);
    }
    case 'local':
      return undefined;
  }
}
