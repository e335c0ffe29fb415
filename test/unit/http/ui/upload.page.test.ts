import { describe, expect, it } from 'vitest';
import { uploadMeta, uploadRefusalField } from '../../../../src/http/ui/upload.page.ts';

describe('the upload form’s refusals name the field at fault', () => {
  it('uploadMeta: the first field it refuses', () => {
    expect(uploadMeta({ customer_email: 'not-an-email' }, 'rep')).toMatchObject({ field: 'customer_email' });
    expect(uploadMeta({ customer_phone: 'call me', rep_email: 'nope' }, 'manager')).toMatchObject({ field: 'customer_phone' });
    expect(uploadMeta({ started_at: 'soon' }, 'rep')).toMatchObject({ field: 'started_at' });
    expect(uploadMeta({}, 'rep', { consentRequired: true })).toMatchObject({ field: 'consent' });
    expect(uploadMeta({ customer_email: 'owen@juniper.example' }, 'rep')).not.toHaveProperty('field');
  });

  it('uploadRefusalField: the file a refusal of the upload is about', () => {
    expect([uploadRefusalField('AUDIO_EMPTY'), uploadRefusalField('TRANSCRIPT_INVALID'), uploadRefusalField('CSRF_INVALID')]).toEqual(['file', 'transcript', undefined]);
  });
});
