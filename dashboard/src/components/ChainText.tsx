import { useLayoutEffect, useRef, useState } from 'react';

/*
 * On-chain strings (names, categories, tags, URIs, symbols, changelogs, descriptions) are whatever their sender chose:
 * the registry bounds them today, but a looser deployment or a token's symbol() need not. Every one is shown through
 * these, so that no string widens a page or pushes what follows it off the first screen, and its full text stays
 * available (the title, or a control that expands it). Rendered as isolated text (bdi), never as markup.
 */

/**
 * One line, cut with an ellipsis at `className`'s max-width (max-w-full by default: the box it sits in), the full
 * text in its title. In a table cell give a width in ch: a cell's percentage width is its own content's.
 */
export function ChainText({ text, className = 'max-w-full', testId }: { text: string; className?: string; testId?: string }) {
  return (
    <bdi title={text} data-testid={testId} className={`inline-block truncate align-bottom ${className}`}>
      {text}
    </bdi>
  );
}

/** A token's or a share vault's symbol beside an amount or as a column's value. */
export function TokenSymbol({ symbol }: { symbol: string }) {
  return <ChainText text={symbol} className="max-w-[12ch]" />;
}

const CLAMPS = { 1: 'line-clamp-1', 2: 'line-clamp-2', 3: 'line-clamp-3' } as const;

/**
 * Running text that wraps anywhere (a word with no spaces breaks too) and shows at most `lines` lines until the reader
 * expands it; the control appears only when the text is cut.
 */
export function ClampedText({
  text,
  lines = 3,
  as: Tag = 'p',
  className = '',
  testId,
}: {
  text: string;
  lines?: keyof typeof CLAMPS;
  as?: 'p' | 'h1' | 'div';
  className?: string;
  testId?: string;
}) {
  const box = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text is measured again, though the effect reads it only through the box.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || expanded) return;
    // Whether the clamp hides anything depends on the width: measured again when the box resizes.
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, expanded]);
  return (
    <>
      <Tag className={className} data-testid={testId}>
        {/* line-clamp's display (-webkit-box) is what cuts the lines: no other display class beside it. */}
        <bdi ref={box} title={text} className={`wrap-anywhere ${expanded ? 'block' : CLAMPS[lines]}`}>
          {text}
        </bdi>
      </Tag>
      {(cut || expanded) && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="text-xs text-indigo-700 underline dark:text-indigo-300"
        >
          {expanded ? 'Show less' : 'Show all'}
        </button>
      )}
    </>
  );
}
