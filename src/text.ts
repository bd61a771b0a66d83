// Text folding used wherever residents' words are matched: case, accents, Arabic forms, digits.
import { BoundedMemo } from './memo.js';

const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // tashkeel and tatweel
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Folds text for matching: lower case (Turkish dotted/dotless i both become "i"), no accents,
 * Arabic alef/yeh/teh marbuta variants unified, tashkeel removed, Arabic-Indic digits as ASCII,
 * punctuation as spaces, single spaces.
 */
export function foldText(text: string): string {
  // A turn folds the same option labels and message several times; short texts are remembered.
  return text.length <= MEMO_MAX_LENGTH ? folded.get(text, () => fold(text)) : fold(text);
}

const MEMO_MAX_LENGTH = 300;
const folded = new BoundedMemo<string>(10_000);

function fold(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/I/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(ARABIC_DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes control characters and invisible direction marks a channel may pass through. */
export function cleanInput(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
}
