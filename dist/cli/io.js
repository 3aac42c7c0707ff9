// What a command is given: the streams and environment of the CLI (never `process` itself) and the
// parsed command line. Types only, so that commands never import the module that calls them.
export {};
