import type { Flags, Io } from '../cli/io.js';
import { type FormatName } from '../report/formats.js';
import type { Report } from '../report/types.js';
export declare function chooseFormat(flags: Flags, io: Io, allowed?: readonly FormatName[]): FormatName;
/** Colour only for a terminal that can show it, unless NO_COLOR or FORCE_COLOR say otherwise. */
export declare function useColor(flags: Flags, io: Io, toFile: boolean): boolean;
/** Writes `text` to --output (resolved against the working folder, replacing a link there, never following it) or stdout. */
export declare function deliver(text: string, flags: Flags, io: Io): void;
export declare function emit(report: Report, flags: Flags, io: Io): Promise<void>;
export declare function checkFailOn(flags: Flags): void;
/**
 * 2 when content went unread or Ctrl-C stopped the scan (it is incomplete, whatever it found), or
 * objects were missing and nothing was found; else 1
 * when findings fail the run. With --fail-on live, only keys the provider confirmed inactive are let
 * through: a key that is live, unknown or cannot be checked still fails.
 */
export declare function exitCode(report: Report, flags: Flags): number;
