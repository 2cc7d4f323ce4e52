import { describe, expect, it } from 'vitest';

import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with RFC 4180 quoting', () => {
    expect(toCsv(['model', 'amount'], [['Llama, "fine-tuned"', 12n], ['line\nbreak', null]])).toBe(
      'model,amount\r\n"Llama, ""fine-tuned""",12\r\n"line\nbreak",\r\n',
    );
  });

  it('neutralises cells a spreadsheet would evaluate', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], ['@SUM(A1)'], ['-1+2']])).toBe(
      'name\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n\'-1+2\r\n',
    );
  });

  it('keeps numbers as numbers', () => {
    expect(toCsv(['n'], [[-5], [123456789012345678901234567890n]])).toBe('n\r\n-5\r\n123456789012345678901234567890\r\n');
  });
});
