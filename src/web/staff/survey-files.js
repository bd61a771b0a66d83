// Survey files in the Consultations view: import a survey JSON file into the store, export a stored survey as one.
import { el } from './dom.js';
import { api, download, sendJson } from './api.js';
import { t } from './i18n.js';
import { announce, failed } from './ui.js';

/** "Import a file" as a labelled file input; `onImported(id)` runs once the survey is stored. */
export function importControl(onImported) {
  const input = el('input', {
    id: 'consult-import', type: 'file', accept: 'application/json,.json',
    onchange: async () => {
      const file = input.files && input.files[0];
      if (!file) return;
      try {
        let survey;
        try {
          survey = JSON.parse(await file.text());
        } catch {
          throw new Error(t('consultImportNotJson', { file: file.name }));
        }
        const saved = await sendJson('/api/staff/surveys', 'POST', survey);
        announce(t('consultImported', { id: saved.id, count: saved.invited }));
        await onImported(saved.id);
      } catch (error) {
        failed(error);
      } finally {
        input.value = '';
      }
    },
  });
  return el('div', { className: 'file-import' }, el('label', { for: 'consult-import', dataset: { i18n: 'consultImport' } }), input);
}

/** Downloads a stored survey as `<id>.json`, the format the import reads. */
export async function exportSurveyFile(id) {
  try {
    const file = await download(await api(`/api/staff/surveys/${encodeURIComponent(id)}/file`), `${id}.json`);
    announce(t('exportDone', { file }));
  } catch (error) {
    failed(error);
  }
}

export const SURVEY_FILE_STRINGS = {
  fr: {
    consultImport: 'Importer un fichier d’enquête (JSON)', consultExportFile: 'Exporter (JSON)',
    consultImported: 'Enquête {id} importée ({count} invitations envoyées).', consultImportNotJson: '{file} n’est pas un fichier JSON.',
  },
  en: {
    consultImport: 'Import a survey file (JSON)', consultExportFile: 'Export (JSON)',
    consultImported: 'Survey {id} imported ({count} invitations sent).', consultImportNotJson: '{file} is not a JSON file.',
  },
};
