/** Load compromise with its dates plugin (synchronously, on first call). */
declare function loadCompromise(): ((text: string) => any) & { plugin: (p: unknown) => void };
export = loadCompromise;
