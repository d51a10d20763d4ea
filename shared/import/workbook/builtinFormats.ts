/**
 * Excel's built-in number formats (ids 0–49 are not written to styles.xml). Ids 5–8 are the
 * locale's currency; these are the pt-BR ones. East Asian date ids (27–36, 50–58) read as dates.
 */
const CURRENCY = '"R$ "#,##0'
const CURRENCY_2 = '"R$ "#,##0.00'

const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: `${CURRENCY};\\-${CURRENCY}`,
  6: `${CURRENCY};[Red]\\-${CURRENCY}`,
  7: `${CURRENCY_2};\\-${CURRENCY_2}`,
  8: `${CURRENCY_2};[Red]\\-${CURRENCY_2}`,
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'dd/mm/yyyy hh:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-',
  42: '_-"R$ "* #,##0_-;\\-"R$ "* #,##0_-;_-"R$ "* "-"_-;_-@_-',
  43: '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-',
  44: '_-"R$ "* #,##0.00_-;\\-"R$ "* #,##0.00_-;_-"R$ "* "-"??_-;_-@_-',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@'
}

export function builtinFormat(id: number): string {
  const code = BUILTIN[id]
  if (code !== undefined) return code
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'dd/mm/yyyy'
  return 'General'
}
