// Building an Intl formatter costs far more than formatting with it (locale data is resolved on construction), and
// charts format every tick on every layout pass: formatters are built once per locale and options.

function cachedBy<Options, Format>(build: (locale: string | undefined, options: Options) => Format) {
  const cache = new Map<string, Format>();
  return (locale: string | undefined, options: Options): Format => {
    const key = `${locale ?? ''}|${JSON.stringify(options)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const format = build(locale, options);
    cache.set(key, format);
    return format;
  };
}

const cachedNumberFormat = cachedBy((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedNumberFormat(locale, options);
}

export const dateFormat = cachedBy((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
