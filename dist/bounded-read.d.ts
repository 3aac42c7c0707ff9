export interface ReadLimits {
    limit: number;
    /** Whether a symbolic link is followed (a file the user named) or refused (the repository's). */
    followLinks: boolean;
}
/** The file's text, or null when there is none; any other problem is a UserError in words. */
export declare function readBoundedText(path: string, { limit, followLinks }: ReadLimits): string | null;
