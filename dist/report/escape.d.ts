export declare function printable(text: string): string;
/** A copy of `value` with every string in it made printable: what text reporters render from. */
export declare function printableCopy<T>(value: T): T;
