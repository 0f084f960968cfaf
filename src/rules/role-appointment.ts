import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

/** Every role says who appoints it and by which legal instrument. */
export const roleAppointment: Rule = {
  id: 'role-appointment',
  meta: { severity: 'error', messages: ['missing'] },
  check({ index, report }) {
    for (const { section, item, index: i } of index.roles) {
      const appointment = item.appointment;
      const missing: string[] = [];
      if (!appointment?.by?.trim()) missing.push('appointment.by');
      if (!appointment?.instrument?.trim()) missing.push('appointment.instrument');
      if (missing.length === 0) continue;
      report({
        file: section.file,
        path: appointment ? ['items', i, 'appointment'] : ['items', i, 'id'],
        key: appointment !== undefined,
        message: t('rule.role-appointment.missing', { id: item.id, fields: missing.join(', ') }),
      });
    }
  },
};
