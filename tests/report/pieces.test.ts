import { describe, expect, it } from 'vitest';
import { createReportSink, type ReportDestination } from '../../src/cli/report-sink.js';
import { formatters, type FormatName } from '../../src/report/formatters/index.js';
import { countSeverities, formatPiece, isPieceFormat } from '../../src/report/pieces.js';
import { context, createResults } from './fixtures.js';

/**
 * A destination that keeps what is written.
 * @returns the destination and a reader of its text.
 */
function memory(): { destination: ReportDestination; text: () => string } {
  let text = '';
  return {
    destination: {
      write: (chunk) => {
        text += chunk;
      },
      close: async () => undefined,
    },
    text: () => text,
  };
}

const formats = Object.keys(formatters) as FormatName[];

describe('report pieces', () => {
  for (const command of ['check', 'fix'] as const) {
    for (const format of formats.filter(isPieceFormat)) {
      it(`joined by the sink, give the ${format} report of \`${command}\` (pieces made elsewhere, or results added)`, async () => {
        const results = createResults(command);
        const runContext = { ...context, command };
        const expected = formatters[format](createResults(command), runContext);
        const fromPieces = memory();
        const sink = createReportSink(format, runContext, fromPieces.destination);
        // Each piece crosses a thread as a structured clone.
        for (const result of results) sink.addPiece(structuredClone(formatPiece(format, result, runContext)));
        await sink.end();
        expect(fromPieces.text()).toBe(expected);
        const fromResults = memory();
        const resultSink = createReportSink(format, runContext, fromResults.destination);
        for (const result of createResults(command)) resultSink.add(result);
        await resultSink.end();
        expect(fromResults.text()).toBe(expected);
      });
    }
  }

  it('are not made for sarif, whose report is one document', async () => {
    expect(isPieceFormat('sarif')).toBe(false);
    const { destination, text } = memory();
    const sink = createReportSink('sarif', context, destination);
    expect(() => sink.addPiece({ text: '' })).toThrow(/not made of pieces/u);
    for (const result of createResults('check')) sink.add(result);
    await sink.end();
    expect(text()).toBe(formatters.sarif(createResults('check'), context));
  });

  it('an empty run still gives a whole report', async () => {
    for (const format of formats) {
      const { destination, text } = memory();
      const sink = createReportSink(format, context, destination);
      await sink.end();
      expect(text()).toBe(formatters[format]([], context));
    }
  });

  it('count findings by severity for the exit code', () => {
    const messages = createResults('check').flatMap((result) => result.messages);
    const counts = countSeverities(messages);
    expect(counts.error + counts.warning + counts.info).toBe(messages.length);
    expect(counts).toEqual({
      error: messages.filter((message) => message.severity === 'error').length,
      warning: messages.filter((message) => message.severity === 'warning').length,
      info: messages.filter((message) => message.severity === 'info').length,
    });
    expect(counts.error).toBeGreaterThan(0);
  });
});
