/** What a CLI command may touch of the world: its folder, environment and standard streams. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Answers to questions (`iplan init`); absent when there is no one to ask. */
  stdin?: NodeJS.ReadableStream;
}
