export interface TarEntry {
    name: string;
    data: Buffer;
}
/** Regular files only: folders, links and devices hold nothing to scan. */
export declare function tarEntries(bytes: Buffer): Generator<TarEntry>;
