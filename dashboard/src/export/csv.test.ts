import { describe, expect, it } from 'vitest';

import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with RFC 4180 quoting', () => {
    expect(
      toCsv(
        ['model', 'amount'],
        [
          ['Llama, "fine-tuned"', 12n],
          ['line\nbreak', null],
        ],
      ),
    ).toBe('model,amount\r\n"Llama, ""fine-tuned""",12\r\n"line\nbreak",\r\n');
  });

  it('quotes every cell holding a separator (comma or semicolon), a quote, a tab, CR or LF', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('neutralises every formula start, in any cell', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], ['@SUM(A1)'], ['-1+2'], ['+1'], ['\t=1'], ['\r=1']])).toBe(
      'name\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n\'-1+2\r\n\'+1\r\n"\'\t=1"\r\n"\'\r=1"\r\n',
    );
    // The header too, and a name whose payload sits after a separator stays inside one quoted cell.
    expect(toCsv(['=cmd'], [['x;=cmd|"/C calc"!A0']])).toBe('\'=cmd\r\n"x;=cmd|""/C calc""!A0"\r\n');
    // Strings that only look numeric at first are still text to neutralise.
    expect(csvCell('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(csvCell('-1e5')).toBe("'-1e5");
    expect(csvCell('-')).toBe("'-");
  });

  it('keeps numbers as numbers, negative ones included, whatever their type', () => {
    expect(toCsv(['n'], [[-5], [123456789012345678901234567890n], [-7n], ['-25'], ['-0.25'], [true]])).toBe(
      'n\r\n-5\r\n123456789012345678901234567890\r\n-7\r\n-25\r\n-0.25\r\ntrue\r\n',
    );
  });
});
