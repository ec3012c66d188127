/**
 * How names are compared when finding a person (ADR 0036): case, accents and punctuation do not
 * count, and the Irish and Scottish prefixes are taken as written either way. One SQL function,
 * `icp_name_key`, does it, both for the stored keys (generated columns of
 * `service_user_identity`) and for the names searched for, so the two can never disagree.
 *
 * - lower case, accents dropped: "Ó Súilleabháin" and "O SUILLEABHAIN" compare equal;
 * - everything but the letters a-z dropped (spaces, apostrophes of any kind, hyphens): "O'Brien",
 *   "O’Brien", "Ó Brien" and "OBrien" compare equal;
 * - a leading "mac" read as "mc": "MacCarthy", "Mac Carthy" and "McCarthy" compare equal.
 *
 * It does not translate between the Irish and English forms of a name (Ó Briain and O'Brien stay
 * different), nor catch misspellings.
 */

/** Accented letters and the plain letter each compares as (lower case). */
const ACCENTS: readonly [string, string][] = [
  ['ÁÀÂÄÃÅáàâäãå', 'a'],
  ['ÉÈÊËéèêë', 'e'],
  ['ÍÌÎÏíìîï', 'i'],
  ['ÓÒÔÖÕØóòôöõø', 'o'],
  ['ÚÙÛÜúùûü', 'u'],
  ['ÝŸýÿ', 'y'],
  ['Çç', 'c'],
  ['Ññ', 'n'],
];

const FROM = ACCENTS.map(([letters]) => letters).join('');
const TO = ACCENTS.map(([letters, plain]) => plain.repeat([...letters].length)).join('');

/** Creates `icp_name_key(text)`: immutable, so generated columns and indexes may use it. */
export const NAME_KEY_FUNCTION_DDL = `
  CREATE OR REPLACE FUNCTION icp_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT regexp_replace(
             regexp_replace(lower(translate(name, '${FROM}', '${TO}')), '[^a-z]', '', 'g'),
             '^mac', 'mc')
  $fn$`;

export const NAME_KEY_FUNCTION_DROP = `DROP FUNCTION IF EXISTS icp_name_key(text)`;
