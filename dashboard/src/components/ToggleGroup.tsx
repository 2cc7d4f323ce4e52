import type { ReactNode } from 'react';

/** A row of toggle buttons of which one is pressed: a range, a filter. */
export function ToggleGroup<Option extends string>({
  label,
  options,
  value,
  onChange,
  children = (option) => option,
}: {
  label: string;
  options: readonly Option[];
  value: Option;
  onChange: (option: Option) => void;
  /** What a button shows; the option itself unless given. */
  children?: (option: Option) => ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form's fieldset (whose legend and border it would need).
    <div role="group" aria-label={label} className="flex gap-1 text-xs">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
          className={`rounded px-2 py-0.5 ${option === value ? 'bg-indigo-700 text-white' : 'border border-slate-300 dark:border-slate-700'}`}
        >
          {children(option)}
        </button>
      ))}
    </div>
  );
}
