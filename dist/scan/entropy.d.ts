/** Shannon entropy in bits per character. A random base62 string of 32 characters scores about 4.7. */
export declare function shannonEntropy(text: string): number;
