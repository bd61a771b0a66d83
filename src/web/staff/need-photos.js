// The photos a resident attached to a need, in its history panel: fetched with the staff key, shown as images.
import { el } from './dom.js';
import { api } from './api.js';
import { addStrings, t } from './i18n.js';

/** Object URLs of the photos shown, released when the panel is filled again. */
const shown = new Set();

function release() {
  for (const url of shown) URL.revokeObjectURL(url);
  shown.clear();
}

/**
 * One figure per photo. An <img> cannot send the API key, so each photo is fetched with it and shown
 * from a blob: address; the server sends it as the image type its bytes were recognised as.
 */
export function photosBlock(need) {
  const photos = need.photos || [];
  if (!photos.length) return null;
  release();
  const list = el('ul', { className: 'need-photos', 'aria-label': t('photosOf', { receipt: need.receipt }) });
  photos.forEach((photoId, index) => {
    const label = t('photoLabel', { n: index + 1, total: photos.length, receipt: need.receipt });
    const item = el('li', {}, el('span', { className: 'muted', text: t('loading') }));
    list.append(item);
    api(`/api/staff/needs/${encodeURIComponent(need.id)}/photos/${encodeURIComponent(photoId)}`)
      .then((response) => response.blob())
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        shown.add(url);
        item.replaceChildren(el('a', { href: url, target: '_blank', rel: 'noopener' }, el('img', { src: url, alt: label, className: 'need-photo' })));
      })
      .catch(() => item.replaceChildren(el('span', { className: 'muted', text: t('photoFailed', { n: index + 1 }) })));
  });
  return el('div', { className: 'need-photos-block' }, el('h4', { text: t('photosTitle', { count: photos.length }) }), list);
}

addStrings(
  {
    fr: {
      photosTitle: 'Photos du résident ({count})',
      photosOf: 'Photos de la demande {receipt}',
      photoLabel: 'Photo {n} sur {total} envoyée avec la demande {receipt}',
      photoFailed: 'La photo {n} n’a pas pu être chargée.',
      photoCount: '📷 {count}',
    },
    en: {
      photosTitle: 'Resident’s photos ({count})',
      photosOf: 'Photos of request {receipt}',
      photoLabel: 'Photo {n} of {total} sent with request {receipt}',
      photoFailed: 'Photo {n} could not be loaded.',
      photoCount: '📷 {count}',
    },
  },
  'need-photos.js',
);
