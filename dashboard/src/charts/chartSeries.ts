/** One plotted series: the data key it reads, its legend label and its colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}
