import { PackedStringTable } from './packed-string-table';

/**
 * A read-only set of words held as one string (see PackedStringTable): the 150,000 WordNet words took some
 * 11 MB as a Set of strings sliced from the files (each slice keeps its whole file alive), about 2 MB here.
 * Iteration gives the words in the order of `joined`.
 */
export class PackedWordSet implements ReadonlySet<string> {
  private readonly table: PackedStringTable;

  /** `joined`: distinct words, one per line, no trailing newline. */
  constructor(joined: string) {
    this.table = new PackedStringTable(joined);
  }

  get size(): number {
    return this.table.size;
  }

  has(word: string): boolean {
    return this.table.find(word) !== -1;
  }

  /** The words, one per line, as given. */
  get joined(): string {
    return this.table.joined;
  }

  *values(): SetIterator<string> {
    for (let number = 0; number < this.table.size; number++) yield this.table.at(number);
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const word of this.values()) yield [word, word];
  }

  forEach(visit: (value: string, key: string, set: ReadonlySet<string>) => void, thisArgument?: unknown): void {
    for (const word of this.values()) visit.call(thisArgument, word, word, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
