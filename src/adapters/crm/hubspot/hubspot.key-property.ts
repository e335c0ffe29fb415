import { permanent } from '../../../errors/app-error.ts';
import { once } from '../memo.ts';
import type { HubSpotClient } from './hubspot.client.ts';
import { KEY_PROPERTY } from './hubspot.mapper.ts';
import { HsProperty, parseAnswer } from './hubspot.schemas.ts';

export type KeyedType = 'calls' | 'tasks';

/**
 * Makes sure `callscribe_key` exists on calls / tasks, once per adapter instance: reads it, and when it is
 * missing creates a `callscribe` property group and the property (409 "already exists" from a concurrent
 * worker is fine). With `createKeyProperty: false` a missing property is a setup error a person fixes.
 */
export function keyPropertyCheck(http: HubSpotClient, createKeyProperty: boolean): (type: KeyedType) => Promise<void> {
  const checked = new Map<KeyedType, Promise<void>>();
  return (type) =>
    once(checked, type, async () => {
      const path = `/crm/v3/properties/${type}`;
      const res = await http.request({ method: 'GET', path: `${path}/${KEY_PROPERTY}`, accept: [404] });
      if (res.status === 200) {
        const prop = parseAnswer(HsProperty, res.body, `the ${KEY_PROPERTY} property`);
        if (prop.type !== 'string') {
          throw permanent('HUBSPOT_SETUP_REQUIRED', `The HubSpot ${type} property "${KEY_PROPERTY}" has type ${prop.type}; callscribe needs a single-line text property. Delete it and let callscribe create it.`);
        }
        return;
      }
      if (!createKeyProperty) {
        throw permanent(
          'HUBSPOT_SETUP_REQUIRED',
          `HubSpot ${type} have no "${KEY_PROPERTY}" property, which callscribe uses to never log the same item twice. ` +
            `Create it (Settings → Properties → ${type === 'calls' ? 'Call' : 'Task'} properties: single-line text, internal name ${KEY_PROPERTY}), or enable createKeyProperty.`,
        );
      }
      await http.request({ method: 'POST', path: `${path}/groups`, body: { name: 'callscribe', label: 'callscribe', displayOrder: -1 }, accept: [409] });
      await http.request({
        method: 'POST',
        path,
        accept: [409],
        body: {
          name: KEY_PROPERTY,
          label: 'callscribe key',
          description: 'Set by callscribe: the key of the recorded call this item came from. Do not edit; callscribe uses it to avoid duplicates.',
          groupName: 'callscribe',
          type: 'string',
          fieldType: 'text',
          formField: false,
        },
      });
    });
}
